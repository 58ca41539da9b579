import { CloseCode, readBoard } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CreatedBoard,
  closed,
  connect,
  createBoard,
  keyOf,
  rawSocket,
  startTestRelay,
  synced,
  type TestRelay,
} from '../test-support/relay-fixture';

describe('boards API', () => {
  let relay: TestRelay;
  let board: CreatedBoard;

  const call = (path: string, init: RequestInit & { key?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key !== undefined) headers.set('authorization', `Bearer ${init.key}`);
    return fetch(`${relay.url}${path}`, { ...init, headers });
  };
  const post = (path: string, body: unknown, key?: string) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...(key === undefined ? {} : { key }),
    });

  beforeAll(async () => {
    relay = await startTestRelay({ AUTH_FAILURES_PER_MINUTE: '1000' });
    board = await createBoard(relay, { title: 'API board', template: 'onboarding' });
  });
  afterAll(() => relay.stop());

  describe('POST /api/boards', () => {
    it('201 with three absolute links carrying 128-bit keys in the fragment', async () => {
      const response = await post('/api/boards', { title: '  Workshop  ', template: 'password-reset' });
      expect(response.status).toBe(201);
      const body = (await response.json()) as CreatedBoard;
      expect(body.title).toBe('Workshop');
      expect(body.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      const keys = new Set<string>();
      for (const link of Object.values(body.links)) {
        expect(link).toMatch(new RegExp(`^${relay.url}/b/${body.id}#key=[A-Za-z0-9_-]{22}$`));
        keys.add(keyOf(link));
      }
      expect(keys.size).toBe(3);
    });

    it('400 with the path of the first problem', async () => {
      const missing = await post('/api/boards', {});
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ path: 'title' });
      const empty = await post('/api/boards', { title: '   ' });
      expect(await empty.json()).toEqual({ error: 'expected a non-empty title', path: 'title' });
      const template = await post('/api/boards', { title: 'x', template: 'nope' });
      expect(template.status).toBe(400);
      expect(await template.json()).toEqual({ error: 'unknown template "nope"', path: 'template' });
    });

    it('writes the template in the creator’s language; refuses a language it has no templates in', async () => {
      const created = await post('/api/boards', {
        title: 'Werkplaats',
        template: 'onboarding',
        language: 'nl',
      });
      expect(created.status).toBe(201);
      const body = (await created.json()) as CreatedBoard;
      const client = connect(relay.wsUrl, body.id, 'content', keyOf(body.links.observer));
      try {
        await synced(client);
        expect(readBoard(client.doc).meta.title).toBe('Mijn nieuwe baan');
      } finally {
        client.destroy();
      }
      const unknown = await post('/api/boards', { title: 'x', template: 'blank', language: 'fr' });
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toMatchObject({ path: 'language' });
    });

    it('400 on malformed JSON, 415 on another content type, 413 on a body over the limit', async () => {
      const malformed = await call('/api/boards', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"title":',
      });
      expect(malformed.status).toBe(400);
      const text = await call('/api/boards', {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: '<x/>',
      });
      expect(text.status).toBe(415);
      const huge = await post('/api/boards', { title: 'x'.repeat(40 * 1024 * 1024) });
      expect(huge.status).toBe(413);
    });
  });

  describe('GET /api/boards/:id', () => {
    it('200 with the role of the key', async () => {
      for (const role of ['facilitator', 'participant', 'observer'] as const) {
        const response = await call(`/api/boards/${board.id}`, { key: keyOf(board.links[role]) });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({
          id: board.id,
          title: 'API board',
          role,
          identity: { id: expect.stringMatching(/^p-/), token: expect.any(String) },
        });
      }
    });

    it('401 without or with a wrong key, 404 for an unknown board, 400 for a bad id', async () => {
      expect((await call(`/api/boards/${board.id}`)).status).toBe(401);
      expect((await call(`/api/boards/${board.id}`, { key: 'wrong' })).status).toBe(401);
      expect((await call('/api/boards/unknown-board', { key: 'x' })).status).toBe(404);
      expect((await call('/api/boards/bad.id', { key: 'x' })).status).toBe(400);
    });
  });

  describe('POST /api/boards/:id/links/:role/rotate', () => {
    it('gives a new link; the old key stops working at once and its sockets close with 4401', async () => {
      const target = await createBoard(relay);
      const oldKey = keyOf(target.links.participant);
      const socket = await rawSocket(`${relay.wsUrl}/sync/${target.id}/content?key=${oldKey}`);
      const observer = await rawSocket(
        `${relay.wsUrl}/sync/${target.id}/content?key=${keyOf(target.links.observer)}`,
      );
      const socketClosed = closed(socket);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const response = await call(`/api/boards/${target.id}/links/participant/rotate`, {
        method: 'POST',
        key: keyOf(target.links.facilitator),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { role: string; link: string };
      expect(body.role).toBe('participant');
      const newKey = keyOf(body.link);
      expect(newKey).not.toBe(oldKey);
      expect(await socketClosed).toEqual({ code: CloseCode.unauthorized, reason: 'key rotated' });
      expect(observer.readyState).toBe(observer.OPEN);
      expect((await call(`/api/boards/${target.id}`, { key: oldKey })).status).toBe(401);
      const again = await rawSocket(`${relay.wsUrl}/sync/${target.id}/content?key=${oldKey}`);
      expect((await closed(again)).code).toBe(CloseCode.unauthorized);
      const fresh = await call(`/api/boards/${target.id}`, { key: newKey });
      expect(await fresh.json()).toMatchObject({ role: 'participant' });
      observer.close();
    });

    it('403 for other roles, 400 for an unknown role, 401 for a wrong key', async () => {
      const path = `/api/boards/${board.id}/links/observer/rotate`;
      expect((await call(path, { method: 'POST', key: keyOf(board.links.participant) })).status).toBe(403);
      expect((await call(path, { method: 'POST', key: keyOf(board.links.observer) })).status).toBe(403);
      const badRole = await call(`/api/boards/${board.id}/links/admin/rotate`, {
        method: 'POST',
        key: keyOf(board.links.facilitator),
      });
      expect(badRole.status).toBe(400);
      expect((await call(path, { method: 'POST', key: 'wrong' })).status).toBe(401);
    });
  });

  describe('exports and import', () => {
    it('exports JSON and CSV for any role', async () => {
      const json = await call(`/api/boards/${board.id}/export.json`, { key: keyOf(board.links.observer) });
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toContain('application/json');
      expect(json.headers.get('content-disposition')).toContain('API-board.json');
      const exported = (await json.json()) as {
        format: string;
        board: { title: string };
        meta: { title: string };
        steps: unknown[];
      };
      expect(exported.format).toBe('journeyboard');
      // The board's own title, and the journey's.
      expect(exported.board).toEqual({ title: 'API board' });
      expect(exported.meta.title).toBe('My new job');
      expect(exported.steps.length).toBeGreaterThan(5);

      const csv = await call(`/api/boards/${board.id}/export.csv`, { key: keyOf(board.links.participant) });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const plan = await call(`/api/boards/${board.id}/export.csv?table=action-plan`, {
        key: keyOf(board.links.facilitator),
      });
      expect(plan.status).toBe(200);
      const bad = await call(`/api/boards/${board.id}/export.csv?table=nope`, {
        key: keyOf(board.links.observer),
      });
      expect(bad.status).toBe(400);
      expect((await call(`/api/boards/${board.id}/export.json`, { key: 'wrong' })).status).toBe(401);
      expect((await call('/api/boards/missing-board/export.csv', { key: 'x' })).status).toBe(404);
    });

    it('imports an export into a new board with identical content', async () => {
      const exported = await (
        await call(`/api/boards/${board.id}/export.json`, { key: keyOf(board.links.observer) })
      ).json();
      const response = await post('/api/boards/import', exported);
      expect(response.status).toBe(201);
      const created = (await response.json()) as CreatedBoard;
      expect(created.id).not.toBe(board.id);
      // Named as the board was (its own title travels in the export), not after its journey.
      expect(created.title).toBe('API board');
      const again = await (
        await call(`/api/boards/${created.id}/export.json`, { key: keyOf(created.links.observer) })
      ).json();
      expect(again).toEqual(exported);
      // An export without the board's title (made before it carried one) is named after its journey.
      const { board: _title, ...older } = exported as Record<string, unknown>;
      const fromOlder = (await (await post('/api/boards/import', older)).json()) as CreatedBoard;
      expect(fromOlder.title).toBe('My new job');
    });

    it('400 with the path and reason of the first error, creating nothing', async () => {
      const exported = (await (
        await call(`/api/boards/${board.id}/export.json`, { key: keyOf(board.links.observer) })
      ).json()) as { steps: { score: unknown }[] };
      exported.steps[1]!.score = 99;
      const response = await post('/api/boards/import', exported);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; path: string };
      expect(body.path).toBe('steps[1].score');
      expect(body.error.length).toBeGreaterThan(0);
      const notAnExport = await post('/api/boards/import', { hello: 'world' });
      expect(notAnExport.status).toBe(400);
      expect(await notAnExport.json()).toMatchObject({ path: 'format' });
    });
  });

  describe('DELETE /api/boards/:id', () => {
    it('403 for non-facilitators; 204 for the facilitator, closing sockets with 4404; then 404', async () => {
      const target = await createBoard(relay);
      const socket = await rawSocket(
        `${relay.wsUrl}/sync/${target.id}/content?key=${keyOf(target.links.observer)}`,
      );
      const socketClosed = closed(socket);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const denied = await call(`/api/boards/${target.id}`, {
        method: 'DELETE',
        key: keyOf(target.links.participant),
      });
      expect(denied.status).toBe(403);
      const deleted = await call(`/api/boards/${target.id}`, {
        method: 'DELETE',
        key: keyOf(target.links.facilitator),
      });
      expect(deleted.status).toBe(204);
      expect((await socketClosed).code).toBe(CloseCode.notFound);
      expect((await call(`/api/boards/${target.id}`, { key: keyOf(target.links.facilitator) })).status).toBe(
        404,
      );
      expect((await relay.store.loadRoom(`${target.id}/content`)).updates).toEqual([]);
    });
  });

  describe('operations', () => {
    it('GET /healthz is 200 while the database is writable', async () => {
      const response = await call('/healthz');
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, storage: 'sqlite' });
    });

    it('GET /metrics exposes the relay metrics in Prometheus format', async () => {
      const response = await call('/metrics');
      expect(response.status).toBe(200);
      const text = await response.text();
      for (const name of [
        'journeyboard_connections',
        'journeyboard_rooms_loaded',
        'journeyboard_updates_accepted_total',
        'journeyboard_updates_broadcast_total',
        'journeyboard_bytes_in_total',
        'journeyboard_bytes_out_total',
        'journeyboard_updates_refused_total',
        'journeyboard_messages_rejected_total',
        'journeyboard_storage_write_seconds',
        'nodejs_eventloop_lag_seconds',
      ]) {
        expect(text).toContain(`# TYPE ${name}`);
      }
    });

    it('404 JSON for unknown API routes', async () => {
      const response = await call('/api/nothing-here');
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining('/api/nothing-here') });
    });
  });
});

describe('GET /healthz when storage cannot write', () => {
  it('is 503 with the reason', async () => {
    const relay = await startTestRelay();
    try {
      await relay.store.close();
      const response = await fetch(`${relay.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        ok: false,
        storage: 'sqlite',
        error: expect.any(String),
      });
    } finally {
      await relay.stop();
    }
  });
});

describe('ADMIN_TOKEN', () => {
  it('guards board creation and import: 401 without or with a wrong token, 201 with it', async () => {
    const token = 'a-very-long-admin-token';
    const relay = await startTestRelay({ ADMIN_TOKEN: token });
    try {
      const create = (authorization?: string) =>
        fetch(`${relay.url}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ title: 'Guarded' }),
        });
      expect((await create()).status).toBe(401);
      expect((await create('Bearer wrong-token')).status).toBe(401);
      expect((await create(`Bearer ${token}`)).status).toBe(201);
      const imported = await fetch(`${relay.url}/api/boards/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(imported.status).toBe(401);
    } finally {
      await relay.stop();
    }
  });
});
