import { addressGroup } from '../address-group';
import { TokenBucket } from '../rate-limit';

/**
 * A token bucket per client address (grouped by `addressGroup`) and key (a feedback link): `perMinute`
 * at once, refilling over the minute. Buckets idle for a minute are full again and are forgotten once
 * there are many.
 */
export class KeyedBuckets {
  private readonly buckets = new Map<string, { bucket: TokenBucket; last: number }>();
  private sweepAt = 10_000;

  constructor(private readonly perMinute: number) {}

  take(clientAddress: string, key: string, now: number): boolean {
    const id = `${addressGroup(clientAddress)} ${key}`;
    let entry = this.buckets.get(id);
    if (!entry) {
      if (this.buckets.size >= this.sweepAt) {
        for (const [k, v] of this.buckets) if (now - v.last > 60_000) this.buckets.delete(k);
        this.sweepAt = Math.max(10_000, this.buckets.size * 2);
      }
      entry = { bucket: new TokenBucket(this.perMinute / 60, this.perMinute, now), last: now };
      this.buckets.set(id, entry);
    }
    entry.last = now;
    return entry.bucket.take(now);
  }
}
