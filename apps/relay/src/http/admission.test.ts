import { describe, expect, it } from 'vitest';
import { createBoard, keyOf, startTestRelay, type TestRelay } from '../test-support/relay-fixture';

const ADMIN = 'admin-token-0123456789';

function getBoard(relay: TestRelay, id: string, key: string, headers: Record<string, string> = {}) {
  return fetch(`${relay.url}/api/boards/${id}`, { headers: { authorization: `Bearer ${key}`, ...headers } });
}

function postBoard(relay: TestRelay, headers: Record<string, string> = {}, path = '/api/boards') {
  return fetch(`${relay.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ title: 'Limited' }),
  });
}

async function statuses(count: number, request: (index: number) => Promise<Response>): Promise<number[]> {
  const found: number[] = [];
  for (let index = 0; index < count; index++) {
    const response = await request(index);
    await response.body?.cancel();
    found.push(response.status);
  }
  return found;
}

describe('failed key attempts never lock out a right key (HTTP)', () => {
  it('25 wrong keys from one address, then the facilitator key is admitted', async () => {
    const relay = await startTestRelay();
    try {
      const board = await createBoard(relay);
      const wrong = await statuses(25, (index) => getBoard(relay, board.id, `guess-${index}`));
      expect(wrong.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(wrong.slice(20).every((status) => status === 429)).toBe(true);
      const right = await getBoard(relay, board.id, keyOf(board.links.facilitator));
      expect(right.status).toBe(200);
      expect(await right.json()).toMatchObject({ role: 'facilitator' });
      // The facilitator can act, not just read.
      const rotate = await fetch(`${relay.url}/api/boards/${board.id}/links/observer/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keyOf(board.links.facilitator)}` },
      });
      expect(rotate.status).toBe(200);
      expect((await getBoard(relay, board.id, 'guess-again')).status).toBe(429);
    } finally {
      await relay.stop();
    }
  });

  it('25 wrong admin tokens, then the right one creates a board', async () => {
    const relay = await startTestRelay({ ADMIN_TOKEN: ADMIN });
    try {
      const wrong = await statuses(25, (index) =>
        postBoard(relay, { authorization: `Bearer wrong-${index}` }),
      );
      expect(wrong.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(wrong.slice(20).every((status) => status === 429)).toBe(true);
      expect((await postBoard(relay, { authorization: `Bearer ${ADMIN}` })).status).toBe(201);
    } finally {
      await relay.stop();
    }
  });
});

describe('board creation without ADMIN_TOKEN', () => {
  it('is limited per address: BOARD_CREATIONS_PER_HOUR at once, creations and imports together', async () => {
    const relay = await startTestRelay({ BOARD_CREATIONS_PER_HOUR: '3' });
    try {
      expect(await statuses(2, () => postBoard(relay))).toEqual([201, 201]);
      const exported = await fetch(`${relay.url}/api/boards/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'null',
      });
      // An import that fails validation still used a creation: the limit is on attempts.
      expect(exported.status).toBe(400);
      const refused = await postBoard(relay);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1200');
      expect(await refused.json()).toEqual({
        error: 'too many boards created from this address; try again later',
      });
      const metrics = await (await fetch(`${relay.url}/metrics`)).text();
      expect(metrics).toMatch(/journeyboard_messages_rejected_total\{reason="create_rate"\} 1/);
    } finally {
      await relay.stop();
    }
  });

  it('ignores a spoofed X-Forwarded-For without TRUST_PROXY', async () => {
    const relay = await startTestRelay({ BOARD_CREATIONS_PER_HOUR: '2' });
    try {
      const found = await statuses(3, (index) =>
        postBoard(relay, { 'x-forwarded-for': `203.0.113.${index}` }),
      );
      expect(found).toEqual([201, 201, 429]);
    } finally {
      await relay.stop();
    }
  });

  it('honours X-Forwarded-For from a trusted proxy (addresses or a hop count): one bucket per client', async () => {
    for (const trust of ['127.0.0.1', '10.0.0.0/8, loopback', '1']) {
      const relay = await startTestRelay({ BOARD_CREATIONS_PER_HOUR: '2', TRUST_PROXY: trust });
      try {
        const from = (client: string) => ({ 'x-forwarded-for': `198.51.100.9, ${client}` });
        const first = await statuses(3, () => postBoard(relay, from('203.0.113.1')));
        expect(first, `TRUST_PROXY=${trust}`).toEqual([201, 201, 429]);
        expect((await postBoard(relay, from('203.0.113.2'))).status).toBe(201);
        // The address the relay saw is the client's, also in links it builds from the request.
        const forwarded = await postBoard(relay, {
          ...from('203.0.113.3'),
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'boards.example.org',
        });
        const body = (await forwarded.json()) as { links: { observer: string } };
        expect(body.links.observer.startsWith('https://boards.example.org/b/')).toBe(true);
      } finally {
        await relay.stop();
      }
    }
  });

  it('is not limited with ADMIN_TOKEN: the token is the guard', async () => {
    const relay = await startTestRelay({ ADMIN_TOKEN: ADMIN, BOARD_CREATIONS_PER_HOUR: '1' });
    try {
      const found = await statuses(3, () => postBoard(relay, { authorization: `Bearer ${ADMIN}` }));
      expect(found).toEqual([201, 201, 201]);
    } finally {
      await relay.stop();
    }
  });
});

describe('/metrics', () => {
  it('answers only this machine by default', async () => {
    const relay = await startTestRelay();
    try {
      expect((await fetch(`${relay.url}/metrics`)).status).toBe(200);
      const remote = await relay.app.inject({ url: '/metrics', remoteAddress: '203.0.113.4' });
      expect(remote.statusCode).toBe(403);
      expect(remote.json()).toMatchObject({ error: expect.stringContaining('METRICS_TOKEN') });
      // Through a local reverse proxy that TRUST_PROXY does not name: from elsewhere, refused.
      const proxied = await fetch(`${relay.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.4' } });
      expect(proxied.status).toBe(403);
      // Nor does spoofing a loopback X-Forwarded-For from afar help.
      const spoofed = await relay.app.inject({
        url: '/metrics',
        remoteAddress: '203.0.113.4',
        headers: { 'x-forwarded-for': '127.0.0.1' },
      });
      expect(spoofed.statusCode).toBe(403);
    } finally {
      await relay.stop();
    }
  });

  it('sees the client behind a trusted proxy', async () => {
    const relay = await startTestRelay({ TRUST_PROXY: 'loopback' });
    try {
      const remote = await fetch(`${relay.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.4' } });
      expect(remote.status).toBe(403);
      expect((await fetch(`${relay.url}/metrics`)).status).toBe(200);
    } finally {
      await relay.stop();
    }
  });

  it('with METRICS_TOKEN, answers whoever sends it, and nobody else (loopback included)', async () => {
    const token = 'metrics-token-0123456789';
    const relay = await startTestRelay({ METRICS_TOKEN: token });
    try {
      expect((await fetch(`${relay.url}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${relay.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
      const remote = await relay.app.inject({
        url: '/metrics',
        remoteAddress: '203.0.113.4',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(remote.statusCode).toBe(200);
      expect(remote.body).toContain('journeyboard_connections');
    } finally {
      await relay.stop();
    }
  });
});
