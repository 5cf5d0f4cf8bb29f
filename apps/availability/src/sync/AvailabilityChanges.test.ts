import { MemoryStore, failClosed, fixedInstanceCount } from '@stx/cache';
import { SecutixError, budgetExhausted, type AvailabilityClient } from '@stx/secutix-client';
import { AvailabilityChanges } from './AvailabilityChanges';

/** The sync with a scripted SecuTix client and an injected clock. */
function setup(answer: () => Promise<unknown[]>) {
  let clock = 1_000_000;
  const now = () => clock;
  const store = new MemoryStore({ now });
  let calls = 0;
  const client = {
    getUpdatedAvailabilities: async () => {
      calls++;
      return answer();
    },
  } as unknown as AvailabilityClient;
  const logger = { info: () => {}, warn: () => {}, error: () => {} } as never;
  const changes = new AvailabilityChanges({ store, coordination: failClosed(new MemoryStore({ now })), client, syncSeconds: 10, freshSeconds: 3600, retainSeconds: 7200, instances: fixedInstanceCount(1), logger, now });
  return { changes, calls: () => calls, advance: (ms: number) => (clock += ms) };
}

describe('AvailabilityChanges', () => {
  it('does not space the sync out when our own budget refused it: SecuTix was never asked', async () => {
    let refuse = true;
    const { changes, calls, advance } = setup(async () => {
      if (refuse) throw budgetExhausted({ service: 'AvailabilityService', operation: 'getUpdatedAvailabilities' }, 'budget spent');
      return [];
    });
    await changes.track([10001]);
    await changes.tick();
    advance(10_000);
    await changes.tick();
    expect(calls()).toBe(2);
    refuse = false;
    advance(10_000);
    await changes.tick(); // the next period's sync runs: a Redis restart costs no more than one period
    expect(calls()).toBe(3);
  });

  it('spaces it out while SecuTix itself fails', async () => {
    const { changes, calls, advance } = setup(async () => {
      throw new SecutixError('UNAVAILABLE', 'AvailabilityService', 'getUpdatedAvailabilities', 'down');
    });
    await changes.track([10001]);
    await changes.tick();
    advance(10_000);
    await changes.tick();
    advance(10_000);
    await changes.tick(); // second failure: 20 s before the next attempt
    expect(calls()).toBe(2);
  });
});
