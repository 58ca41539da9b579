import { describe, expect, it } from 'vitest';
import { ApiError, createBoard, errorKindForStatus, fetchBoardInfo } from './api-client';

function respond(status: number, body: unknown): typeof fetch {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
}

const links = {
  facilitator: 'http://h/b/x#key=f',
  participant: 'http://h/b/x#key=p',
  observer: 'http://h/b/x#key=o',
};

describe('createBoard', () => {
  it('posts the title and template and returns the links', async () => {
    let sent: RequestInit | undefined;
    let url = '';
    const fetcher: typeof fetch = async (input, init) => {
      url = String(input);
      sent = init;
      return new Response(JSON.stringify({ id: 'x', title: 'T', links }), { status: 201 });
    };
    const board = await createBoard({ title: 'T', template: 'onboarding' }, fetcher);
    expect(url).toBe('/api/boards');
    expect(sent?.method).toBe('POST');
    expect(JSON.parse(String(sent?.body))).toEqual({ title: 'T', template: 'onboarding' });
    expect(board.links.observer).toBe(links.observer);
  });

  it('names the first bad field of an unexpected answer', async () => {
    const promise = createBoard({ title: 'T', template: 'blank' }, respond(201, { id: 'x', title: 'T' }));
    await expect(promise).rejects.toThrow(/at links/);
  });
});

describe('fetchBoardInfo', () => {
  const identity = { id: 'p-abcdefghijklmnop', token: 'p-abcdefghijklmnop.sig' };
  const info = { id: 'x', title: 'T', role: 'observer', identity };

  it('sends the key as a bearer token, and the remembered identity token when there is one', async () => {
    const seen: { auth: string | null; identity: string | null }[] = [];
    const fetcher: typeof fetch = async (_input, init) => {
      const headers = new Headers(init?.headers);
      seen.push({ auth: headers.get('Authorization'), identity: headers.get('X-Journeyboard-Identity') });
      return new Response(JSON.stringify(info));
    };
    expect(await fetchBoardInfo('x', 'k', fetcher)).toEqual(info);
    expect(await fetchBoardInfo('x', 'k', fetcher, undefined, identity.token)).toEqual(info);
    expect(seen).toEqual([
      { auth: 'Bearer k', identity: null },
      { auth: 'Bearer k', identity: identity.token },
    ]);
  });

  it('rejects an answer without the identity the relay issues', async () => {
    const error = await fetchBoardInfo(
      'x',
      'k',
      respond(200, { id: 'x', title: 'T', role: 'observer' }),
    ).catch((e) => e);
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/at identity/);
  });

  it('classifies refusals', async () => {
    const error = await fetchBoardInfo('x', 'k', respond(401, { error: 'wrong key' })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe('wrong key');
    const missing = await fetchBoardInfo('x', 'k', respond(404, 'nope')).catch((e) => e);
    expect(missing.kind).toBe('not-found');
  });

  it('rejects an unknown role', async () => {
    const error = await fetchBoardInfo('x', 'k', respond(200, { ...info, role: 'admin' })).catch((e) => e);
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/at role/);
  });

  it('reports an unreachable server', async () => {
    const fetcher: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await fetchBoardInfo('x', 'k', fetcher).catch((e) => e);
    expect(error.kind).toBe('network');
  });
});

describe('errorKindForStatus', () => {
  it('maps statuses', () => {
    expect(errorKindForStatus(401)).toBe('unauthorized');
    expect(errorKindForStatus(403)).toBe('unauthorized');
    expect(errorKindForStatus(404)).toBe('not-found');
    expect(errorKindForStatus(429)).toBe('rate-limited');
    expect(errorKindForStatus(503)).toBe('server');
    expect(errorKindForStatus(400)).toBe('bad-request');
  });
});
