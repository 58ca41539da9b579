import { CloseCode } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record, roundTrip } from '../test-support/frames';
import {
  type CreatedBoard,
  closed,
  createBoard,
  keyOf,
  rawSocket,
  rejected,
  startTestRelay,
  type TestRelay,
} from '../test-support/relay-fixture';

/** Opens a socket and waits until it is served (answered) or closed; resolves with which. */
async function admission(url: string, headers: Record<string, string> = {}) {
  const socket = await rawSocket(url, headers);
  const closing = closed(socket);
  const served = roundTrip(socket, record(socket)).then(
    () => 'served' as const,
    () => 'unanswered' as const,
  );
  const outcome = await Promise.race([served, closing]);
  return { socket, outcome: typeof outcome === 'string' ? outcome : outcome.code, closing };
}

function sync(relay: TestRelay, board: CreatedBoard, role: keyof CreatedBoard['links'], doc = 'content') {
  return `${relay.wsUrl}/sync/${board.id}/${doc}?key=${keyOf(board.links[role])}`;
}

describe('failed key attempts never lock out a right key (websocket)', () => {
  it('25 wrong keys from one address, then the facilitator key is admitted', async () => {
    const relay = await startTestRelay();
    try {
      const board = await createBoard(relay);
      const codes: number[] = [];
      for (let attempt = 0; attempt < 25; attempt++) {
        const socket = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=guess${attempt}`);
        codes.push((await closed(socket)).code);
      }
      // The default limit is 20 a minute: past it, wrong keys are told to wait.
      expect(codes.slice(0, 20).every((code) => code === CloseCode.unauthorized)).toBe(true);
      expect(codes.slice(20).every((code) => code === CloseCode.tooManyRequests)).toBe(true);
      const facilitator = await admission(sync(relay, board, 'facilitator'));
      expect(facilitator.outcome).toBe('served');
      const participant = await admission(sync(relay, board, 'participant', 'session'));
      expect(participant.outcome).toBe('served');
      // Wrong keys stay limited.
      const wrong = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=again`);
      expect((await closed(wrong)).code).toBe(CloseCode.tooManyRequests);
      facilitator.socket.close();
      participant.socket.close();
    } finally {
      await relay.stop();
    }
  });

  it('a path that does not decode is a bad request, and the relay carries on', async () => {
    const relay = await startTestRelay();
    try {
      const board = await createBoard(relay);
      const bad = await rawSocket(`${relay.wsUrl}/sync/%E0%A4%A/content?key=x`);
      expect((await closed(bad)).code).toBe(CloseCode.badRequest);
      expect((await admission(sync(relay, board, 'observer'))).outcome).toBe('served');
    } finally {
      await relay.stop();
    }
  });
});

describe('connection slots', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay({ MAX_CONNECTIONS_PER_BOARD: '200' });
  });
  afterAll(() => relay.stop());

  it('210 observer sockets cannot keep out participants or the facilitator', async () => {
    const board = await createBoard(relay);
    const observers = await Promise.all(
      Array.from({ length: 210 }, (_, index) =>
        admission(sync(relay, board, 'observer', ['content', 'session', 'questions'][index % 3])),
      ),
    );
    const admitted = observers.filter((o) => o.outcome === 'served').length;
    const refused = observers.filter((o) => o.outcome === CloseCode.boardFull).length;
    // Defaults: 10 slots for the facilitator, 50 more for participants, 140 for observers.
    expect({ admitted, refused }).toEqual({ admitted: 140, refused: 70 });
    const participants = await Promise.all(
      Array.from({ length: 50 }, () => admission(sync(relay, board, 'participant'))),
    );
    expect(participants.every((p) => p.outcome === 'served')).toBe(true);
    // Participants cannot take the facilitator's slots either.
    expect((await admission(sync(relay, board, 'participant'))).outcome).toBe(CloseCode.boardFull);
    const facilitator = await admission(sync(relay, board, 'facilitator'));
    expect(facilitator.outcome).toBe('served');
    for (const { socket } of [...observers, ...participants, facilitator]) socket.close();
  });

  it('an observer leaving frees its slot', async () => {
    const small = await startTestRelay({ MAX_CONNECTIONS_PER_BOARD: '4' });
    try {
      const board = await createBoard(small);
      // 4 slots: none reserved for the facilitator (4/20 rounds down), one for participants.
      const first = await Promise.all([0, 1, 2].map(() => admission(sync(small, board, 'observer'))));
      expect(first.map((o) => o.outcome)).toEqual(['served', 'served', 'served']);
      expect((await admission(sync(small, board, 'observer'))).outcome).toBe(CloseCode.boardFull);
      first[0]?.socket.close();
      await first[0]?.closing;
      // The relay sees the close a moment after the client: wait for its slot to come free.
      let outcome: number | string = CloseCode.boardFull;
      while (outcome === CloseCode.boardFull)
        outcome = (await admission(sync(small, board, 'observer'))).outcome;
      expect(outcome).toBe('served');
      expect((await admission(sync(small, board, 'participant'))).outcome).toBe('served');
    } finally {
      await small.stop();
    }
  });
});

describe('the address of a websocket client', () => {
  it('is the socket peer: a spoofed X-Forwarded-For is ignored without TRUST_PROXY', async () => {
    const relay = await startTestRelay({ MAX_CONNECTIONS_PER_ADDRESS: '2', AUTH_FAILURES_PER_MINUTE: '2' });
    try {
      const board = await createBoard(relay);
      const spoofed = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
      const a = await admission(sync(relay, board, 'facilitator'), spoofed(1));
      const b = await admission(sync(relay, board, 'facilitator'), spoofed(2));
      const c = await admission(sync(relay, board, 'facilitator'), spoofed(3));
      expect([a.outcome, b.outcome, c.outcome]).toEqual(['served', 'served', CloseCode.boardFull]);
      expect(await rejected(relay, 'address_full')).toBe(1);
      a.socket.close();
      b.socket.close();
      // Wrong keys under changing spoofed addresses still count against the one real address.
      const codes: number[] = [];
      for (let n = 0; n < 3; n++) {
        const socket = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=guess`, spoofed(n));
        codes.push((await closed(socket)).code);
      }
      expect(codes).toEqual([CloseCode.unauthorized, CloseCode.unauthorized, CloseCode.tooManyRequests]);
    } finally {
      await relay.stop();
    }
  });

  it('is taken from X-Forwarded-For when the peer is a trusted proxy, per client', async () => {
    const relay = await startTestRelay({
      TRUST_PROXY: '127.0.0.1',
      MAX_CONNECTIONS_PER_ADDRESS: '2',
      AUTH_FAILURES_PER_MINUTE: '2',
    });
    try {
      const board = await createBoard(relay);
      const from = (client: string) => ({ 'x-forwarded-for': `198.51.100.7, ${client}` });
      const first = await Promise.all(
        ['203.0.113.1', '203.0.113.1'].map((ip) => admission(sync(relay, board, 'participant'), from(ip))),
      );
      expect(first.map((o) => o.outcome)).toEqual(['served', 'served']);
      expect((await admission(sync(relay, board, 'participant'), from('203.0.113.1'))).outcome).toBe(
        CloseCode.boardFull,
      );
      const other = await admission(sync(relay, board, 'participant'), from('203.0.113.2'));
      expect(other.outcome).toBe('served');
      // Failures are counted per client too: one client's guesses do not limit another.
      const guess = async (client: string) => {
        const socket = await rawSocket(`${relay.wsUrl}/sync/${board.id}/content?key=guess`, from(client));
        return (await closed(socket)).code;
      };
      expect([await guess('203.0.113.5'), await guess('203.0.113.5'), await guess('203.0.113.5')]).toEqual([
        CloseCode.unauthorized,
        CloseCode.unauthorized,
        CloseCode.tooManyRequests,
      ]);
      expect(await guess('203.0.113.6')).toBe(CloseCode.unauthorized);
      for (const { socket } of [...first, other]) socket.close();
    } finally {
      await relay.stop();
    }
  });
});

describe('websocket origins', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  beforeAll(async () => {
    relay = await startTestRelay({ ALLOWED_ORIGINS: 'https://partner.example' });
    board = await createBoard(relay);
  });
  afterAll(() => relay.stop());

  it('refuses a foreign Origin with 403, before any key is looked at', async () => {
    const before = await rejected(relay, 'origin');
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      await expect(rawSocket(sync(relay, board, 'facilitator'), { origin })).rejects.toThrow(
        'unexpected response 403',
      );
    }
    expect(await rejected(relay, 'origin')).toBe(before + 3);
  });

  it("accepts the relay's own origin, ALLOWED_ORIGINS, and clients that send no Origin", async () => {
    const own = new URL(relay.url).origin;
    const cases: Record<string, string>[] = [{ origin: own }, { origin: 'https://partner.example' }, {}];
    for (const headers of cases) {
      const { socket, outcome } = await admission(sync(relay, board, 'observer'), headers);
      expect(outcome).toBe('served');
      socket.close();
    }
  });

  it('takes the own origin from PUBLIC_URL when set, or from a trusted proxy', async () => {
    const behind = await startTestRelay({ PUBLIC_URL: 'https://boards.example.com/' });
    const proxied = await startTestRelay({ TRUST_PROXY: 'loopback' });
    try {
      const url = (r: TestRelay, b: CreatedBoard) => sync(r, b, 'observer');
      const a = await createBoard(behind);
      const served = await admission(url(behind, a), { origin: 'https://boards.example.com' });
      expect(served.outcome).toBe('served');
      served.socket.close();
      await expect(rawSocket(url(behind, a), { origin: new URL(behind.url).origin })).rejects.toThrow('403');
      const b = await createBoard(proxied);
      const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'journeys.example.org' };
      const viaProxy = await admission(url(proxied, b), {
        origin: 'https://journeys.example.org',
        ...forwarded,
      });
      expect(viaProxy.outcome).toBe('served');
      viaProxy.socket.close();
      // The same headers from a peer that is not a trusted proxy are not believed.
      await expect(
        rawSocket(url(relay, board), { origin: 'https://journeys.example.org', ...forwarded }),
      ).rejects.toThrow('403');
    } finally {
      await behind.stop();
      await proxied.stop();
    }
  });
});
