import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { type LatencyResult, measureLatency } from './latency';
import { prepareBoards } from './prepare';
import { cpuSeconds, startReferenceProcess, startRelayProcess } from './processes';
import { env, fmt, median, ratio, tempDir, withServer } from './section-support';

// BENCH_CLIENTS, BENCH_RATE, BENCH_CLIENT_PROCESSES, BENCH_SECONDS, BENCH_ROUNDS.
const CLIENTS = env('BENCH_CLIENTS', 50);
const RATE = env('BENCH_RATE', 10);
const CLIENT_PROCESSES = env('BENCH_CLIENT_PROCESSES', 5);
const SECONDS = env('BENCH_SECONDS', 15);
const ROUNDS = env('BENCH_ROUNDS', 3);

interface DeliveryRound {
  ours: LatencyResult;
  reference: LatencyResult;
  ourCpu: number;
  referenceCpu: number;
}

/** One round: our relay, then the reference, under the same load (rounds alternate to share the noise). */
async function latencyRound(round: number): Promise<DeliveryRound> {
  const load = {
    clients: CLIENTS,
    processes: CLIENT_PROCESSES,
    updatesPerSecond: RATE,
    // BENCH_WARMUP_MS: how long the clients send before the measured window (3 s by default).
    warmupMs: env('BENCH_WARMUP_MS', 3000),
    durationMs: SECONDS * 1000,
  };
  const dir = tempDir();
  const [board] = await prepareBoards(dir, 1, () => []);
  const [ours, ourCpu] = await withServer(
    () => startRelayProcess(dir, { MAX_CONNECTIONS_PER_BOARD: String(CLIENTS + 10) }),
    async (server) => {
      const before = cpuSeconds(server);
      const result = await measureLatency({
        ...load,
        serverUrl: `${server.wsUrl}/sync`,
        room: `${board!.id}/content`,
        params: { key: board!.keys.participant },
      });
      return [result, cpuSeconds(server) - before] as const;
    },
  );
  rmSync(dir, { recursive: true, force: true });
  const [reference, referenceCpu] = await withServer(startReferenceProcess, async (server) => {
    const before = cpuSeconds(server);
    const result = await measureLatency({
      ...load,
      serverUrl: `${server.wsUrl}/sync`,
      room: `bench-${round}/content`,
      params: {},
    });
    return [result, cpuSeconds(server) - before] as const;
  });
  return { ours, reference, ourCpu, referenceCpu };
}

/** Section 1: delivery latency, our relay against the reference, alternating rounds. */
export async function deliverySection(): Promise<void> {
  console.log(
    `\n1. Delivery: ${CLIENTS} clients in one room, ${RATE} small updates/s each, ${SECONDS} s measured, ${ROUNDS} rounds`,
  );
  console.log(
    `   (clients in ${CLIENT_PROCESSES} processes; load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  console.log(
    '   round server                        p50 ms  p95 ms  p99 ms  sent/s  delivered/s  delivered  server CPU s  first p50/p95 ms',
  );
  const rounds: DeliveryRound[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const result = await latencyRound(round);
    rounds.push(result);
    const rows: [string, LatencyResult, number][] = [
      ['journeyboard relay (SQLite)', result.ours, result.ourCpu],
      ['@y/websocket-server (memory)', result.reference, result.referenceCpu],
    ];
    for (const [name, r, cpu] of rows) {
      console.log(
        `   ${String(round).padStart(5)} ${name.padEnd(29)} ${fmt(r.p50).padStart(6)}  ${fmt(r.p95).padStart(6)}  ${fmt(r.p99).padStart(6)}  ${fmt(r.sentPerSecond, 0).padStart(6)}  ${fmt(r.deliveredPerSecond, 0).padStart(11)}  ${fmt(r.deliveredShare * 100, 1).padStart(8)}%  ${fmt(cpu, 2).padStart(11)}  ${fmt(r.first.p50, 2)} / ${fmt(r.first.p95, 2)}`,
      );
    }
  }
  const med = (pick: (round: DeliveryRound) => number) => median(rounds.map(pick));
  const ours = {
    p50: med((r) => r.ours.p50),
    p95: med((r) => r.ours.p95),
    p99: med((r) => r.ours.p99),
    delivered: med((r) => r.ours.deliveredPerSecond),
    cpu: med((r) => r.ourCpu),
  };
  const reference = {
    p50: med((r) => r.reference.p50),
    p95: med((r) => r.reference.p95),
    p99: med((r) => r.reference.p99),
    delivered: med((r) => r.reference.deliveredPerSecond),
    cpu: med((r) => r.referenceCpu),
  };
  console.log(
    `   medians: ours p50 ${fmt(ours.p50)} / p95 ${fmt(ours.p95)} / p99 ${fmt(ours.p99)} ms; reference p50 ${fmt(reference.p50)} / p95 ${fmt(reference.p95)} / p99 ${fmt(reference.p99)} ms`,
  );
  console.log(
    `   ratio ours/reference (medians): p50 ${ratio(ours.p50, reference.p50)}, p95 ${ratio(ours.p95, reference.p95)}, p99 ${ratio(ours.p99, reference.p99)}, delivered/s ${ratio(ours.delivered, reference.delivered)}, server CPU ${ratio(ours.cpu, reference.cpu)}`,
  );
}
