import type { ChannelProduct } from './channelModel';
import { CorrespondenceIndex } from './correspondenceIndex';
import { checkCorrespondence, splitCompetitionValue } from './correspondenceRules';
import { exportability, NOT_NUMBERED_REASONS } from './exportability';
import { checkInstitutionLogin, checkOperatorName, checkTicketnetAddress, parseNotificationEmails } from './partnerSettings';
import { decidePrice, decimalToThousandths } from './priceDifference';
import { requiredCorrespondences } from './requiredCorrespondences';
import { sessionStamp, suggestEvent, suggestZone } from './suggestions';
import { unnumberedSeatRows } from './unnumberedSeatRows';

describe('partner settings (docs/secutix/distribution.md)', () => {
  it('names the distributor operator <Institution>_<Name>, 12 characters at most', () => {
    expect(checkOperatorName('DIST_GRAPH', 'DIST')).toBeUndefined();
    expect(checkOperatorName('DIST_GRAPHQLX', 'DIST')).toMatchObject({ code: 'OPERATOR_NAME_RULE', message: expect.stringContaining('at most 12') });
    expect(checkOperatorName('GRAPH', 'DIST')?.code).toBe('OPERATOR_NAME_RULE');
    expect(checkOperatorName('DIST_', 'DIST')?.code).toBe('OPERATOR_NAME_RULE');
  });

  it('logs in as Operator@DistributorInstitution', () => {
    expect(checkInstitutionLogin('DIST_GRAPH@DIST', 'DIST_GRAPH', 'DIST')).toBeUndefined();
    expect(checkInstitutionLogin('DIST_GRAPH', 'DIST_GRAPH', 'DIST')?.code).toBe('LOGIN_RULE');
  });

  it('takes Ticketnet addresses as <IP>:<port> only', () => {
    expect(checkTicketnetAddress('195.115.9.79:712')).toBeUndefined();
    for (const bad of ['195.115.9.79', 'http://195.115.9.79:712', '300.1.1.1:80', 'ticketnet.fr:80', '1.2.3.4:0']) expect(checkTicketnetAddress(bad)?.code).toBe('ADDRESS_RULE');
  });

  it('splits notification e-mails on semicolons and refuses commas', () => {
    expect(parseNotificationEmails(' a@x.fr; b@y.ch ;')).toEqual(['a@x.fr', 'b@y.ch']);
    expect(parseNotificationEmails('a@x.fr, b@y.ch')).toMatchObject({ code: 'EMAILS_RULE' });
  });
});

describe('correspondences', () => {
  it('takes Ticketnet integers of fewer than ten digits, leading zeros included', () => {
    expect(checkCorrespondence('TICKETNET', 'ZONE', '11', '0101')).toBeUndefined();
    expect(checkCorrespondence('TICKETNET', 'EVENT', '11', '123456789')).toBeUndefined();
    expect(checkCorrespondence('TICKETNET', 'EVENT', '11', '1234567890')?.code).toBe('TICKETNET_INTEGER_RULE');
    expect(checkCorrespondence('TICKETNET', 'TARIFF', '11', '1.5')?.code).toBe('TICKETNET_INTEGER_RULE');
  });

  it('gives competitions no event and <event>_<session> per performance, 10 characters after the underscore at most', () => {
    expect(checkCorrespondence('TICKETNET', 'EVENT', '11', '1701', { competition: true })?.code).toBe('COMPETITION_EVENT_RULE');
    expect(checkCorrespondence('TICKETNET', 'PERFORMANCE', '12', '1701_1709052030', { competition: true })).toBeUndefined();
    expect(checkCorrespondence('TICKETNET', 'PERFORMANCE', '12', '1701_17090520301', { competition: true })?.code).toBe('COMPETITION_FORM_RULE');
    expect(checkCorrespondence('TICKETNET', 'PERFORMANCE', '12', '1701', { competition: true })?.code).toBe('COMPETITION_FORM_RULE');
    expect(splitCompetitionValue('1701_1709052030')).toEqual({ event: '1701', session: '1709052030' });
  });

  it("takes the manager's technical ids for another institution, and only its object types", () => {
    expect(checkCorrespondence('SECUTIX_INSTITUTION', 'SEASON', '5', '301')).toBeUndefined();
    expect(checkCorrespondence('SECUTIX_INSTITUTION', 'SEASON', '5', 'S2017')?.code).toBe('TECHNICAL_ID_RULE');
    expect(checkCorrespondence('SECUTIX_INSTITUTION', 'EVENT', '5', '301')?.code).toBe('OBJECT_TYPE_RULE');
    expect(checkCorrespondence('TICKETNET', 'VAT_CODE', '5', '1')?.code).toBe('OBJECT_TYPE_RULE');
  });

  it("suggests the values SecuTix's Ticketnet guide gives", () => {
    expect(suggestEvent(2017, 0)).toBe('1701');
    expect(suggestEvent(2017, 1)).toBe('1702');
    expect(suggestZone('A1')).toBe('0101');
    expect(suggestZone('C5')).toBe('0305');
    expect(sessionStamp('2017-09-05T20:30:00+02:00')).toBe('1709052030');
  });
});

const perf = (id: number, start: string, zones: ChannelProduct['performances'][number]['zones']) => ({ performanceId: id, start, hall: { id: 7001, name: 'Hall 1' }, zones });
const zone = { zoneId: 11, code: 'A1', seatCategoryId: 21, logicalSeatCategoryId: 501, numbered: true, capacity: 2, seats: [{ row: '1', number: '1' }, { row: '1', number: '2' }] };
const base = { seasonId: 1, activityId: 2, vatCodeId: 81, tariffs: [{ audienceSubCategoryId: 31, tariffTypeId: 91, code: 'FULL', prices: [{ seatCategoryId: 21, amount: 25000 }] }] };
const products: ChannelProduct[] = [
  { ...base, productId: 1, name: 'Play', kind: 'EVENT', competition: false, performances: [perf(101, '2017-09-01T20:00:00+02:00', [zone])] },
  { ...base, productId: 2, name: 'League', kind: 'EVENT', competition: true, performances: [perf(201, '2017-09-05T20:30:00+02:00', [zone]), perf(202, '2017-09-27T20:30:00+02:00', [zone])] },
  { ...base, productId: 3, name: 'Museum pass', kind: 'VISIT_PASS', competition: false, performances: [] },
  { ...base, productId: 4, name: 'Season pass', kind: 'UNDATED_PASS', competition: false, performances: [] },
];

describe('lines to fill and exportability', () => {
  it('lists what Ticketnet needs once each, with suggestions, and competitions per performance', () => {
    const lines = requiredCorrespondences('TICKETNET', products);
    expect(lines.filter((l) => l.objectType === 'EVENT').map((l) => [l.id, l.suggestion])).toEqual([['1', '1701']]);
    expect(lines.filter((l) => l.objectType === 'PERFORMANCE').map((l) => l.suggestion)).toEqual(['1702_1709052030', '1703_1709272030']);
    expect(lines.filter((l) => l.objectType === 'ZONE')).toHaveLength(1);
  });

  it('refuses passes for the numbered flow, with the reason', () => {
    const result = exportability('TICKETNET', products, new CorrespondenceIndex('TICKETNET', []), '2017-01-01');
    expect(result.find((r) => r.productId === 3)).toEqual({ productId: 3, exportable: false, reasons: [NOT_NUMBERED_REASONS.VISIT_PASS] });
    expect(result.find((r) => r.productId === 4)?.reasons[0]).toContain('undated pass');
    expect(result.find((r) => r.productId === 1)?.reasons).toEqual(['Correspondence missing: EVENT 1 (Play).', 'Correspondence missing: TARIFF 31 (FULL).']);
  });

  it('makes an event exportable once its correspondences are filled', () => {
    const filled = requiredCorrespondences('TICKETNET', products.slice(0, 1)).map((l) => ({ objectType: l.objectType, secutixId: l.id, externalId: l.suggestion! }));
    const result = exportability('TICKETNET', products.slice(0, 1), new CorrespondenceIndex('TICKETNET', filled), '2017-01-01');
    expect(result.every((r) => r.exportable)).toBe(true);
  });
});

describe('unnumbered zones as rows of 1,000 seats', () => {
  it('turns 2,500 seats into 1:1-1000, 2:1-1000, 3:1-500', () => {
    expect(unnumberedSeatRows(2500)).toEqual([{ row: 1, first: 1, last: 1000 }, { row: 2, first: 1, last: 1000 }, { row: 3, first: 1, last: 500 }]);
    expect(unnumberedSeatRows(1000)).toEqual([{ row: 1, first: 1, last: 1000 }]);
    expect(unnumberedSeatRows(0)).toEqual([]);
    expect(() => unnumberedSeatRows(-1)).toThrow(RangeError);
  });
});

describe('price differences', () => {
  it('refuses under "error" and takes SecuTix\'s price under "ignore"', () => {
    expect(decidePrice('ERROR', 25000, 25000)).toEqual({ ok: true, amount: 25000, differs: false });
    expect(decidePrice('ERROR', 25000, 20000).ok).toBe(false);
    expect(decidePrice('IGNORE_RESELLER_PRICE', 25000, 20000)).toEqual({ ok: true, amount: 25000, differs: true });
    expect(decimalToThousandths('25.5')).toBe(25500);
    expect(decimalToThousandths('25,5')).toBeUndefined();
  });
});
