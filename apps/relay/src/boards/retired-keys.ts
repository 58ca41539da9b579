/**
 * Hashes of keys replaced by a rotation, remembered for a day. A browser tab still holding a rotated
 * link reconnects again and again; those attempts are refused as "rotated" without counting as failed
 * guesses, so they cannot get a whole office (one NAT address) rate-limited. Only real former keys are
 * in here, so this gives a guesser nothing.
 */
export class RetiredKeys {
  private readonly retiredAt = new Map<string, number>();

  constructor(private readonly ttlMs = 24 * 3600 * 1000) {}

  add(keyHash: string, now: number): void {
    this.retiredAt.set(keyHash, now);
    if (this.retiredAt.size > 10_000) this.prune(now);
  }

  has(keyHash: string, now: number): boolean {
    const at = this.retiredAt.get(keyHash);
    if (at === undefined) return false;
    if (now - at < this.ttlMs) return true;
    this.retiredAt.delete(keyHash);
    return false;
  }

  private prune(now: number): void {
    for (const [hash, at] of this.retiredAt) if (now - at >= this.ttlMs) this.retiredAt.delete(hash);
  }
}
