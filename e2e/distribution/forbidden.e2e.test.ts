import { startStack, type Stack } from '@stx/testing';
import { OPERATOR } from './distributionHelpers';

jest.setTimeout(60_000);

/** every distribution field, query and mutation; a new field belongs in this list */
const FIELDS: Record<string, string> = {
  distributionPartners: `{ distributionPartners { id } }`,
  distributionPartner: `{ distributionPartner(id: "1") { id } }`,
  distributionRuns: `{ distributionRuns { id } }`,
  unnumberedSeatRows: `{ unnumberedSeatRows(capacity: 2500) { row } }`,
  operatorLogin: `mutation { operatorLogin(login: "${OPERATOR.login}", password: "${OPERATOR.password}") { token } }`,
  createTicketnetPartner: `mutation { createTicketnetPartner(input: { name: "x", address: "1.2.3.4:5", login: "l", password: "p", institutionCode: "1", clientName: "c", priceDifference: ERROR, salesChannelCode: "TICKETNET" }) { partner { id } } }`,
  createInstitutionPartner: `mutation { createInstitutionPartner(input: { name: "x", url: "http://x", institutionCode: "DIST", operatorName: "DIST_A", login: "DIST_A@DIST", password: "p", priceDifference: ERROR, salesChannelCode: "DIST" }) { partner { id } } }`,
  setCorrespondence: `mutation { setCorrespondence(partnerId: "1", input: { objectType: EVENT, secutixId: "1", externalId: "1701" }) { correspondence { externalId } } }`,
  startDistributionRun: `mutation { startDistributionRun(partnerId: "1", kind: SALES_REINTEGRATION) { queued } }`,
};

describe('distribution is for operators only', () => {
  let stack: Stack;
  let buyer: string;

  beforeAll(async () => {
    stack = await startStack();
    const r = await stack.query(`mutation { login(email: "alice@example.com", password: "alice-demo-password") { token } }`);
    buyer = r.data.login.token;
  });
  afterAll(() => stack?.close());

  it('covers every root field of the distribution schema', async () => {
    const { readFileSync } = await import('node:fs');
    const sdl = readFileSync(`${__dirname}/../../apps/distribution/schema.graphql`, 'utf8');
    const roots = [...sdl.matchAll(/^type (Query|Mutation) \{([\s\S]*?)^\}/gm)].flatMap((m) => [...m[2].matchAll(/^\s{2}(\w+)[(:]/gm)].map((f) => f[1]));
    expect(roots.sort()).toEqual(Object.keys(FIELDS).sort());
  });

  it.each(Object.entries(FIELDS))("gives a buyer's token FORBIDDEN on %s", async (_name, query) => {
    const r = await stack.query(query, undefined, { headers: { authorization: `Bearer ${buyer}` } });
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it.each(Object.entries(FIELDS).filter(([name]) => name !== 'operatorLogin'))('gives an anonymous caller FORBIDDEN on %s', async (_name, query) => {
    const r = await stack.query(query);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("lets the operator's token in", async () => {
    const login = await stack.query(FIELDS.operatorLogin);
    const r = await stack.query(FIELDS.distributionPartners, undefined, { headers: { authorization: `Bearer ${login.data.operatorLogin.token}` } });
    expect(r.errors).toBeUndefined();
    expect(r.data.distributionPartners).toHaveLength(2);
  });
});
