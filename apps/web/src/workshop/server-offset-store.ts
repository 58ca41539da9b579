import { type ClockSample, estimateOffset, type OffsetEstimate, parseHttpDate } from './server-clock';

// One estimate of the relay's clock per page, shared by every countdown. Measured at start-up and again
// every few minutes (laptops sleep, clocks get corrected); until the first estimate, offset 0.

const SAMPLES = 8;
const SPACING_MS = 150;
const REFRESH_MS = 5 * 60_000;

let estimate: OffsetEstimate | null = null;
let started = false;
const listeners = new Set<() => void>();

function sleep(ms: number) {
  return new Promise((done) => setTimeout(done, ms));
}

async function takeSample(): Promise<ClockSample | null> {
  const sentAt = Date.now();
  try {
    const response = await fetch(`/healthz?t=${sentAt}`, { cache: 'no-store' });
    const receivedAt = Date.now();
    const serverSecond = parseHttpDate(response.headers.get('date'));
    return serverSecond === null ? null : { sentAt, receivedAt, serverSecond };
  } catch {
    return null;
  }
}

/** Samples spread over more than a second, so some pair straddles the server's second boundary. */
export async function measureServerOffset(): Promise<OffsetEstimate | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const sample = await takeSample();
    if (sample) samples.push(sample);
    if (i < SAMPLES - 1) await sleep(SPACING_MS);
  }
  return estimateOffset(samples);
}

async function refresh() {
  const next = await measureServerOffset();
  if (next) {
    estimate = next;
    for (const listener of [...listeners]) listener();
  }
}

export function subscribeServerOffset(listener: () => void): () => void {
  listeners.add(listener);
  if (!started && typeof window !== 'undefined') {
    started = true;
    void refresh();
    setInterval(() => void refresh(), REFRESH_MS);
  }
  return () => listeners.delete(listener);
}

export function getServerOffset(): number {
  return estimate?.offsetMs ?? 0;
}

/** The relay's clock as best we know it, for writing shared times (timer end, requests). */
export function serverNow(): number {
  return Date.now() + getServerOffset();
}
