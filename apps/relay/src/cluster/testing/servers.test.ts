import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from './postgres-server';
import { startRedis } from './redis-server';

describe('throwaway servers', () => {
  it('starts PostgreSQL, survives a crash and restart, and stops', async () => {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('infra_check');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('CREATE TABLE t (v int)');
      await client.query('INSERT INTO t VALUES (42)');
      await client.end();
      await server.kill();
      await server.restart();
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      const { rows } = await again.query<{ v: number }>('SELECT v FROM t');
      await again.end();
      expect(rows).toEqual([{ v: 42 }]);
    } finally {
      await server.stop();
    }
  });

  it('starts redis-server, restarts it empty, and stops', async () => {
    const server = await startRedis();
    const redis = new Redis(server.url, { protocol: 2, lazyConnect: true });
    try {
      await redis.connect();
      await redis.set('k', 'v');
      expect(await redis.get('k')).toBe('v');
      redis.disconnect();
      await server.kill();
      await server.restart();
      const fresh = new Redis(server.url, { protocol: 2 });
      expect(await fresh.get('k')).toBeNull();
      fresh.disconnect();
    } finally {
      await server.stop();
    }
  });
});
