import type { ChaosStack } from '../ChaosStack';
import { leaks, query, tally, wait, type Answer } from '../graphql';
import { PRODUCT } from '../pages';
import type { Row } from '../report/Row';
import type { ChaosSettings } from '../settings';

const SCENARIO = 'availability subgraph killed';
const PRODUCT_ID = '10002';

/**
 * The availability subgraph's process is killed (SIGKILL) while the product page is read. The
 * catalog's fields (name, prices, performances) must still be answered, the availability ones null
 * with a retryable UPSTREAM_UNAVAILABLE and nothing of our insides; once the process is back the
 * page is whole again (issue 11: "Partial failure stays partial").
 */
export async function subgraphDown(stack: ChaosStack, settings: ChaosSettings, log: (l: string) => void): Promise<Row[]> {
  const page = () => query(stack.gatewayUrl, PRODUCT, { id: PRODUCT_ID });
  await stack.killApp('availability');
  const answers: Answer[] = [];
  const started = Date.now();
  while (Date.now() - started < settings.subgraphDownSeconds * 1000) {
    answers.push(await page());
    await wait(100);
  }
  const partial = answers.filter(isPartial).length;
  const errorCodes = answers.flatMap((a) => (a.body?.errors ?? []).map((e) => `${e.extensions?.code ?? 'NO_CODE'}${e.extensions?.retryable === true ? ' (retryable)' : ''}`));
  const leaking = answers.filter(leaks);
  log(`subgraph down: ${answers.length} answers, ${partial} partial; errors ${tally(errorCodes)}; sample ${answers[0]?.text.slice(0, 300)}`);

  const restartAt = Date.now();
  await stack.startApp('availability');
  const readyAfter = (Date.now() - restartAt) / 1000;
  let wholeAfter: number | undefined;
  while (Date.now() - restartAt < 60_000) {
    const answer = await page();
    if (answer.status === 200 && !answer.body?.errors?.length && answer.body?.data?.product?.availability?.level) {
      wholeAfter = (Date.now() - restartAt) / 1000;
      break;
    }
    await wait(250);
  }
  return [
    { scenario: SCENARIO, measure: 'product pages with the other subgraphs\' fields (name, price range, performances and their prices)', figure: `${partial} of ${answers.length}`, requirement: 'all', pass: answers.length > 0 && partial === answers.length },
    { scenario: SCENARIO, measure: 'errors for the missing fields', figure: tally(errorCodes), requirement: 'UPSTREAM_UNAVAILABLE, retryable', pass: errorCodes.length > 0 && errorCodes.every((c) => c === 'UPSTREAM_UNAVAILABLE (retryable)') },
    { scenario: SCENARIO, measure: 'answers carrying an internal URL, stack or subgraph body', figure: String(leaking.length), requirement: '0', pass: leaking.length === 0 },
    {
      scenario: SCENARIO,
      measure: 'recovery: whole page again after restart',
      figure: wholeAfter === undefined ? 'not within 60 s' : `${wholeAfter.toFixed(1)} s (process ready after ${readyAfter.toFixed(1)} s)`,
      requirement: 'within 10 s of the process being ready',
      pass: wholeAfter !== undefined && wholeAfter - readyAfter <= 10,
    },
  ];
}

/** the catalog's part of the page is there, whatever happened to availability */
function isPartial(answer: Answer): boolean {
  const product = answer.body?.data?.product;
  return answer.status === 200 && typeof product?.name === 'string' && Boolean(product.priceRange?.min) && Array.isArray(product.performances) && product.performances.length > 0 && product.performances.every((p: any) => p.prices?.length > 0);
}
