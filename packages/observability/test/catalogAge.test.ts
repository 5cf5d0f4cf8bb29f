import { catalogSnapshotAge, catalogSnapshotAwaited, catalogSnapshotConfirmed, scrapeState } from '../src';

/**
 * A catalog that never loads must age like one that stopped refreshing: the gauge once read 0
 * until a first snapshot, so `CatalogSnapshotOlderThanADay` could never fire for it.
 */
describe('stx_catalog_snapshot_age_seconds', () => {
  const age = async () => (await catalogSnapshotAge.get()).values[0].value;
  afterEach(() => {
    scrapeState.catalogConfirmedAt = undefined;
    scrapeState.catalogAwaitedSince = undefined;
  });

  it('is 0 in a process that serves no catalog', async () => {
    expect(await age()).toBe(0);
  });

  it('counts from when the process began to want one until SecuTix confirms a snapshot, then from that', async () => {
    catalogSnapshotAwaited(Date.now() - 90_000);
    expect(await age()).toBeGreaterThanOrEqual(90);
    catalogSnapshotConfirmed(Date.now() - 5_000);
    expect(await age()).toBeLessThan(10);
  });
});
