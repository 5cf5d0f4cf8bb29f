import { readRssMb } from '../../processes/readRssMb';

/** Samples the RSS of some processes while a run lasts and keeps each one's peak. */
export class RssSampler {
  private readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: Record<string, number>, private readonly everyMs = 250) {}

  start(): this {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.everyMs);
    return this;
  }

  async stop(): Promise<Record<string, number>> {
    clearInterval(this.timer);
    await this.sample();
    return Object.fromEntries(this.peaks);
  }

  private async sample(): Promise<void> {
    for (const [name, pid] of Object.entries(this.pids)) {
      const mb = await readRssMb(pid);
      if (mb !== undefined && mb > (this.peaks.get(name) ?? 0)) this.peaks.set(name, mb);
    }
  }
}
