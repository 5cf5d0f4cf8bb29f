import { DEMO_ACCOUNTS } from '@stx/secutix-sim';
import type { ChaosStack } from '../ChaosStack';
import { query, tally } from '../graphql';
import { LOGIN } from '../pages';
import type { Row } from '../report/Row';
import type { ChaosSettings } from '../settings';

const SCENARIO = 'login attack';
const ATTACKER = '203.0.113.66';
const VICTIM = '198.51.100.23';
/** LOGIN_ATTEMPTS_PER_ACCOUNT's default: failures on one account from one address before it is refused */
const PER_ACCOUNT = 5;
const ALICE = DEMO_ACCOUNTS.buyers.alice;

/**
 * An attacker's address hammers wrong passwords on alice's account; then alice, from her own
 * address and with her password, logs in. Both behind our trusted proxy (X-Forwarded-For, one
 * hop). The attacker must be refused, the customer never (issue 11: "Login throttling that stops
 * attackers, not customers").
 */
export async function loginAttack(stack: ChaosStack, settings: ChaosSettings, log: (l: string) => void): Promise<Row[]> {
  const login = (address: string, password: string) =>
    query(stack.gatewayUrl, LOGIN, { e: ALICE.email, p: password }, { 'x-forwarded-for': address }).then((a) => ({
      token: a.body?.data?.login?.token as string | null | undefined,
      code: (a.body?.data?.login?.userErrors?.[0]?.code ?? a.body?.errors?.[0]?.extensions?.code ?? (a.status === 200 ? 'OK' : `HTTP ${a.status}`)) as string,
    }));
  const attempts: string[] = [];
  for (let i = 0; i < settings.loginAttempts; i++) attempts.push((await login(ATTACKER, `attack-guess-${i}`)).code);
  const refusedAfterLimit = attempts.slice(PER_ACCOUNT).filter((c) => c === 'TOO_MANY_ATTEMPTS').length;
  // a guess that happens to be right, from the attacker's address, must not get in either
  const lucky = await login(ATTACKER, ALICE.password);
  const victim = await login(VICTIM, ALICE.password);
  log(`login attack: attacker ${tally(attempts)}; right password from the attacker: ${lucky.code}; victim: ${victim.token ? 'logged in' : victim.code}`);
  const beyond = settings.loginAttempts - PER_ACCOUNT;
  return [
    { scenario: SCENARIO, measure: `attacker's wrong passwords refused after the ${PER_ACCOUNT}th (${settings.loginAttempts} tries, one address)`, figure: `${refusedAfterLimit} of ${beyond}`, requirement: 'all', pass: refusedAfterLimit === beyond },
    { scenario: SCENARIO, measure: 'the right password from the attacker\'s address', figure: lucky.token ? 'logged in' : lucky.code, requirement: 'refused', pass: !lucky.token && lucky.code === 'TOO_MANY_ATTEMPTS' },
    { scenario: SCENARIO, measure: 'the victim, from her own address, right password', figure: victim.token ? 'logged in' : `refused: ${victim.code}`, requirement: 'logged in', pass: Boolean(victim.token) },
  ];
}
