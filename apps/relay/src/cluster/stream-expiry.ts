import type { Redis } from 'ioredis';

/**
 * Streams of rooms nobody holds any more expire (a relay back after longer reloads from the store).
 * Renewing the expiry once a minute per stream is enough and keeps a publish at one command.
 */
export class StreamExpiry {
  private readonly renewedAt = new Map<string, number>();

  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
  ) {}

  /** Renews the stream's expiry unless that was done recently (a failed renewal is tried again next time). */
  renew(key: string): void {
    const now = Date.now();
    if (now - (this.renewedAt.get(key) ?? 0) <= Math.min(60_000, this.ttlMs / 2)) return;
    this.renewedAt.set(key, now);
    void this.redis.pexpire(key, this.ttlMs).catch(() => this.renewedAt.delete(key));
  }

  /** Forgets the stream: a room left and joined again renews its streams' expiry at once. */
  forget(key: string): void {
    this.renewedAt.delete(key);
  }
}
