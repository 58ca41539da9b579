import type { ControlEvent } from './bus';
import type { InternalEvent } from './stream-entries';

/**
 * Control events waiting to reach Redis, sent in order by one sender at a time. An event that cannot be
 * sent (Redis unreachable) stays first in line until `flush` succeeds after the reconnect. A requested
 * resync (this relay's publishes failed) is sent the same way, listing the rooms held at that moment.
 */
export class ControlOutbox {
  private readonly pending: (ControlEvent | InternalEvent)[] = [];
  private flushing: Promise<void> | null = null;
  private resyncWanted = false;
  private closed = false;

  constructor(
    private readonly send: (event: ControlEvent | InternalEvent) => Promise<unknown>,
    private readonly roomsHeld: () => string[],
    private readonly onError: (error: unknown) => void,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  push(event: ControlEvent): Promise<void> {
    this.pending.push(event);
    return this.flush();
  }

  requestResync(): void {
    this.resyncWanted = true;
  }

  flush(): Promise<void> {
    this.flushing ??= this.sendAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  close(): void {
    this.closed = true;
  }

  private async sendAll(): Promise<void> {
    if (this.resyncWanted) {
      this.resyncWanted = false;
      this.pending.push({ kind: 'resync', rooms: this.roomsHeld() });
    }
    while (this.pending.length > 0 && !this.closed) {
      try {
        await this.send(this.pending[0]!);
      } catch (error) {
        this.onError(error);
        return;
      }
      this.pending.shift();
    }
  }
}
