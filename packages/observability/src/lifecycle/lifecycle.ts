import { draining, requestsInFlight } from '../metrics/registry';

/**
 * The process' serving state, shared by every server it runs: how many requests are in flight,
 * and whether it is draining (SIGTERM received: `/ready` answers 503, answers carry
 * `connection: close`, and the process exits once the last request in flight has ended).
 */
class Lifecycle {
  private inFlight = 0;
  private isDraining = false;
  private idle: (() => void)[] = [];

  get draining(): boolean {
    return this.isDraining;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  startDraining(): void {
    this.isDraining = true;
    draining.set(1);
  }

  requestStarted(): void {
    this.inFlight++;
    requestsInFlight.set(this.inFlight);
  }

  requestEnded(): void {
    this.inFlight--;
    requestsInFlight.set(this.inFlight);
    if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  /** resolves true once no request is in flight, false if `timeoutMs` passes first */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

export const lifecycle = new Lifecycle();
