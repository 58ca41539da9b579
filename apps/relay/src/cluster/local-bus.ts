import type { Bus, ControlEvent, ControlListener } from './bus';

/** The single-relay bus: rooms have no peers, control events go straight to this process' listeners. */
export class LocalBus implements Bus {
  readonly kind = 'local';
  private readonly controlListeners = new Set<ControlListener>();

  async joinRoom(): Promise<() => Promise<void>> {
    return async () => {};
  }

  async publish(): Promise<void> {}

  async publishControl(event: ControlEvent): Promise<void> {
    for (const listener of this.controlListeners) listener(event);
  }

  onControl(listener: ControlListener): () => void {
    this.controlListeners.add(listener);
    return () => this.controlListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.controlListeners.clear();
  }
}
