import { MemoryStore } from '@stx/cache';
import { AVAILABILITY_CHANGES_RETAIN_SECONDS, readAvailabilityChanges, recordAvailabilityChanges } from './availabilityChanges';

describe('the availability change feed', () => {
  it('keeps the latest change of each product, whoever reports it, for one retention', async () => {
    let clock = 1_000_000_000;
    const store = new MemoryStore({ now: () => clock });
    // the sync reports what SecuTix says changed; sales what the caller's own order moved
    await recordAvailabilityChanges(store, [[10001, clock - 5000], [10002, clock - 5000]], clock);
    await recordAvailabilityChanges(store, [[10001, clock]], clock);
    expect(await readAvailabilityChanges(store)).toEqual(new Map([[10001, clock], [10002, clock - 5000]]));

    clock += AVAILABILITY_CHANGES_RETAIN_SECONDS * 1000 - 1000;
    await recordAvailabilityChanges(store, [[10003, clock]], clock);
    // 10002's change is now older than the retention: forgotten
    expect([...(await readAvailabilityChanges(store)).keys()]).toEqual([10001, 10003]);

    clock += AVAILABILITY_CHANGES_RETAIN_SECONDS * 1000;
    expect(await readAvailabilityChanges(store)).toEqual(new Map());
  });
});
