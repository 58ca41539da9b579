import type { Redis } from 'ioredis';
import type { StreamKeys } from './stream-entries';

/** Dead relays' entries are forgotten this long after their last beat (every relay must see them die). */
const FORGET_AFTER_MS = 60_000;

/**
 * Liveness of the relays sharing a Redis. Each relay renews a key that expires after `timeoutMs` and
 * lists itself in a sorted set; a listed relay whose key expired stopped beating. A relay killed between
 * storing an update and publishing it leaves that update only in the store, so the others must notice
 * and reload.
 */
export class PeerWatch {
  private readonly known = new Set<string>();
  lost = 0;

  constructor(
    private readonly redis: Redis,
    private readonly keys: StreamKeys,
    private readonly relayId: string,
    private readonly timeoutMs: number,
    private readonly onLost: (peer: string) => void,
  ) {}

  /** A relay seen publishing is a peer whose death matters, even before its first beat is read. */
  note(peer: string | undefined): void {
    if (peer && peer !== this.relayId) this.known.add(peer);
  }

  /** Renews this relay's key and reports peers that stopped beating since the last call. */
  async beat(): Promise<void> {
    const now = Date.now();
    const replies = await this.redis
      .multi()
      .set(this.keys.relayAlive(this.relayId), '1', 'PX', this.timeoutMs)
      .zadd(this.keys.relays, String(now), this.relayId)
      .zremrangebyscore(this.keys.relays, '-inf', String(now - FORGET_AFTER_MS))
      .zrange(this.keys.relays, '0', '-1')
      .exec();
    const members = replies?.[3]?.[1];
    const peers = (Array.isArray(members) ? (members as string[]) : []).filter((id) => id !== this.relayId);
    if (peers.length === 0) return;
    const alive = await this.redis.mget(peers.map((id) => this.keys.relayAlive(id)));
    peers.forEach((id, index) => {
      if (alive[index] !== null) {
        this.known.add(id);
      } else if (this.known.delete(id)) {
        this.lost += 1;
        this.onLost(id);
      }
    });
  }

  /** A relay shutting down cleanly leaves the list at once. */
  async leave(): Promise<void> {
    await this.redis
      .multi()
      .del(this.keys.relayAlive(this.relayId))
      .zrem(this.keys.relays, this.relayId)
      .exec();
  }
}
