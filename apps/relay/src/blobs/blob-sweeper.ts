import type { Logger } from 'pino';
import type { BlobService } from './blob-service';

/** How often the relay looks for files nothing refers to: hourly, or twice per grace period if shorter. */
export function sweepIntervalMs(graceMs: number): number {
  return Math.max(1000, Math.min(3600_000, Math.floor(graceMs / 2)));
}

/**
 * Runs the blob sweep on a timer (a relay side effect, one sweep at a time). Several relays sharing a
 * store may sweep at once: each deletes only what nothing refers to and what is past its grace, so
 * doing it twice is harmless.
 */
export class BlobSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly blobs: BlobService,
    private readonly graceMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), sweepIntervalMs(this.graceMs));
    this.timer.unref();
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.blobs
      .sweepAll()
      .catch((error: unknown) => this.logger.error({ err: error }, 'blob sweep failed'))
      .finally(() => {
        this.running = null;
      });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
