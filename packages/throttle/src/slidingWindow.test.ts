import { secondsUntilBelow, slidingCount } from './slidingWindow';

const W = 900_000;

describe('sliding window', () => {
  it('keeps counting across a fixed-window boundary instead of resetting', () => {
    expect(slidingCount({ previous: 30, current: 0, elapsedMs: 0, windowMs: W })).toBe(30);
    expect(slidingCount({ previous: 30, current: 2, elapsedMs: W / 2, windowMs: W })).toBe(17);
  });

  it('tells how long until the count is below the limit, and that waiting that long is enough', () => {
    const now = { previous: 10, current: 3, elapsedMs: 100_000, windowMs: W };
    const wait = secondsUntilBelow(5, now);
    expect(slidingCount({ ...now, elapsedMs: now.elapsedMs + wait * 1000 })).toBeLessThan(5);
    expect(slidingCount({ ...now, elapsedMs: now.elapsedMs + (wait - 1) * 1000 })).toBeGreaterThanOrEqual(5);

    const full = { previous: 0, current: 30, elapsedMs: 300_000, windowMs: W };
    const waitFull = secondsUntilBelow(30, full);
    // the next window: this window's 30 become "previous", weighted down
    expect(slidingCount({ previous: 30, current: 0, elapsedMs: full.elapsedMs + waitFull * 1000 - W, windowMs: W })).toBeLessThan(30);
    expect(waitFull).toBeGreaterThan((W - full.elapsedMs) / 1000);
  });
});
