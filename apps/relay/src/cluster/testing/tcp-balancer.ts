import { createServer, type Socket, connect as tcpConnect } from 'node:net';

/**
 * A minimal TCP load balancer for tests: each connection goes to the first backend that accepts it,
 * in the order the backends are listed, with no stickiness. A dead backend refuses the connection and
 * the next one is tried, as with any health-checking balancer. While paused, connections are refused.
 */
export interface TcpBalancer {
  readonly port: number;
  readonly wsUrl: string;
  setBackends(ports: readonly number[]): void;
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

function dial(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

export async function startBalancer(initial: readonly number[]): Promise<TcpBalancer> {
  let backends = [...initial];
  let paused = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (paused) {
      client.destroy();
      return;
    }
    client.pause();
    void (async () => {
      for (const port of backends) {
        try {
          const upstream = await dial(port);
          open.add(upstream);
          upstream.once('close', () => {
            open.delete(upstream);
            client.destroy();
          });
          upstream.on('error', () => upstream.destroy());
          client.once('close', () => upstream.destroy());
          client.pipe(upstream);
          upstream.pipe(client);
          client.resume();
          return;
        } catch {
          // Try the next backend.
        }
      }
      client.destroy();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    wsUrl: `ws://127.0.0.1:${port}`,
    setBackends(ports) {
      backends = [...ports];
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
