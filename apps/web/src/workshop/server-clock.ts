// Every client shows the timer from the same shared end time, which the facilitator wrote with their own
// clock. Laptops disagree by seconds or minutes, so each client estimates the relay's clock and counts
// against that instead. The HTTP `Date` header has one-second resolution; intersecting several samples
// (each bounded by when the request left and when the answer arrived) narrows the estimate well below it.

export interface ClockSample {
  /** Local clock when the request was sent. */
  readonly sentAt: number;
  /** Local clock when the response arrived. */
  readonly receivedAt: number;
  /** The server's `Date` header, in ms (a whole second: the server's time was within [value, value+1000)). */
  readonly serverSecond: number;
}

export interface OffsetEstimate {
  /** Add to the local clock to get the server's clock. */
  readonly offsetMs: number;
  /** Half the width of the interval the true offset lies in. */
  readonly uncertaintyMs: number;
}

/**
 * The server read its clock at some local time t in [sentAt, receivedAt], and that reading was in
 * [serverSecond, serverSecond + 1000). So offset = server − local lies in
 * [serverSecond − receivedAt, serverSecond + 1000 − sentAt]. Intersect every sample's interval.
 */
export function estimateOffset(samples: readonly ClockSample[]): OffsetEstimate | null {
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  let usable = 0;
  for (const s of samples) {
    if (![s.sentAt, s.receivedAt, s.serverSecond].every(Number.isFinite) || s.receivedAt < s.sentAt) continue;
    usable++;
    low = Math.max(low, s.serverSecond - s.receivedAt);
    high = Math.min(high, s.serverSecond + 1000 - s.sentAt);
  }
  if (usable === 0) return null;
  if (low > high) {
    // Inconsistent samples (a clock jumped mid-measurement): fall back to the last sample's midpoint.
    const last = samples[samples.length - 1]!;
    return { offsetMs: last.serverSecond + 500 - (last.sentAt + last.receivedAt) / 2, uncertaintyMs: 1000 };
  }
  return { offsetMs: (low + high) / 2, uncertaintyMs: (high - low) / 2 };
}

/** Parses an HTTP date (`Sun, 22 Nov 2026 19:01:21 GMT`); null when missing or malformed. */
export function parseHttpDate(header: string | null): number | null {
  if (!header) return null;
  const ms = Date.parse(header);
  return Number.isFinite(ms) ? ms : null;
}
