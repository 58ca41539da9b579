import {
  CURRENT_JOURNEY_ID,
  type FeedbackForm,
  type FeedbackLinkInfo,
  journeySteps,
  measuredByStep,
  type PendingComment,
  readBoard,
  readFeedbackResults,
} from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';

/** A phone: keeps the cookie the relay gives it, like a browser. */
class Browser {
  cookie = '';
  constructor(private readonly relay: TestRelay) {}

  async send(path: string, init: { method?: string; body?: unknown; raw?: string } = {}) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.relay.url}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.raw !== undefined
        ? { body: init.raw }
        : init.body === undefined
          ? {}
          : { body: JSON.stringify(init.body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return response;
  }
  form(token: string) {
    return this.send(`/api/feedback/${token}`);
  }
  respond(token: string, body: unknown) {
    return this.send(`/api/feedback/${token}/response`, { method: 'PUT', body });
  }
}

describe('customer feedback links', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let other: CreatedBoard;
  let steps: { id: string; title: string }[];
  let otherStepId: string;
  const clients: Client[] = [];

  const facilitator = (
    path: string,
    init: {
      method?: string;
      body?: unknown;
      board?: CreatedBoard;
      role?: 'facilitator' | 'participant' | 'observer';
    } = {},
  ) => {
    const target = init.board ?? board;
    const headers: Record<string, string> = {
      authorization: `Bearer ${keyOf(target.links[init.role ?? 'facilitator'])}`,
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${relay.url}/api/boards/${target.id}/feedback${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  };
  const newLink = async (target = board) => {
    const response = await facilitator('/links', {
      method: 'POST',
      body: { journeyId: CURRENT_JOURNEY_ID },
      board: target,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as FeedbackLinkInfo;
  };
  const act = async (token: string, action: string) =>
    facilitator(`/links/${token}`, { method: 'POST', body: { action } });

  beforeAll(async () => {
    relay = await startTestRelay({ FEEDBACK_RESPONSES_PER_MINUTE: '1000' });
    board = await createBoard(relay, { title: 'Feedback', template: 'password-reset' });
    other = await createBoard(relay, { title: 'Other', template: 'onboarding' });
    const content = (await relay.boards.readDocs(board.id)).content;
    const read = readBoard(content);
    steps = journeySteps(read, CURRENT_JOURNEY_ID).map((s) => ({ id: s.id, title: s.title }));
    otherStepId = readBoard((await relay.boards.readDocs(other.id)).content).steps[0]!.id;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('only the facilitator manages links; the page shows the journey’s steps in order, nothing else', async () => {
    expect(
      (
        await facilitator('/links', {
          method: 'POST',
          body: { journeyId: CURRENT_JOURNEY_ID },
          role: 'participant',
        })
      ).status,
    ).toBe(403);
    expect((await facilitator('/links', { role: 'observer' })).status).toBe(403);
    expect((await facilitator('/links', { method: 'POST', body: { journeyId: 'nope' } })).status).toBe(404);
    const link = await newLink();
    expect(link).toMatchObject({ state: 'open', responses: 0, journeyId: CURRENT_JOURNEY_ID });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Creating again gives the journey's current link.
    expect((await newLink()).token).toBe(link.token);
    const phone = new Browser(relay);
    const response = await phone.form(link.token);
    expect(response.status).toBe(200);
    const form = (await response.json()) as FeedbackForm;
    expect(form.state).toBe('open');
    expect(form.own).toBeNull();
    expect(form.steps).toEqual(steps);
    expect(Object.keys(form).sort()).toEqual(['own', 'state', 'steps', 'title']);
  });

  it('responses reach every board as aggregates live; a replayed submission replaces, never duplicates', async () => {
    const link = await newLink();
    const participant = connect(relay.wsUrl, board.id, 'session', keyOf(board.links.participant));
    clients.push(participant);
    await synced(participant);
    const phone = new Browser(relay);
    const first = await phone.respond(link.token, {
      ratings: [{ stepId: steps[0]!.id, score: 3 }],
      comment: '',
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ replaced: false });
    expect(phone.cookie).toMatch(/^jb_feedback=/);
    await waitFor(() => readFeedbackResults(participant.doc).responses === 1);
    expect(measuredByStep(readFeedbackResults(participant.doc).cells).get(steps[0]!.id)).toMatchObject({
      n: 1,
      mean: 3,
    });
    // The same browser again: its response is replaced.
    const again = await phone.respond(link.token, {
      ratings: [
        { stepId: steps[0]!.id, score: 9 },
        { stepId: steps[1]!.id, score: 7 },
      ],
    });
    expect(await again.json()).toEqual({ replaced: true });
    await waitFor(
      () => measuredByStep(readFeedbackResults(participant.doc).cells).get(steps[0]!.id)?.mean === 9,
    );
    expect(readFeedbackResults(participant.doc).responses).toBe(1);
    expect(((await (await phone.form(link.token)).json()) as FeedbackForm).own).toEqual({
      ratings: [
        { stepId: steps[0]!.id, score: 9 },
        { stepId: steps[1]!.id, score: 7 },
      ],
      comment: '',
    });
    // Another browser adds a response.
    await new Browser(relay).respond(link.token, { ratings: [{ stepId: steps[0]!.id, score: 5 }] });
    await waitFor(() => readFeedbackResults(participant.doc).responses === 2);
    expect(measuredByStep(readFeedbackResults(participant.doc).cells).get(steps[0]!.id)).toMatchObject({
      n: 2,
      mean: 7,
      median: 7,
    });
    // The read-only JSON for the facilitator's dashboards.
    const aggregates = (await (await facilitator('/aggregates')).json()) as {
      steps: { stepId: string; all: { n: number } }[];
    };
    expect(aggregates.steps.find((s) => s.stepId === steps[0]!.id)?.all.n).toBe(2);
    expect((await facilitator('/aggregates', { role: 'participant' })).status).toBe(403);
  });

  it('refuses oversize and malformed responses, and steps of another board', async () => {
    const link = await newLink();
    const phone = new Browser(relay);
    const tooLong = await phone.respond(link.token, {
      ratings: [{ stepId: steps[0]!.id, score: 5 }],
      comment: 'x'.repeat(1001),
    });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ path: 'comment' });
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ stepId: `s${i}`, score: 5 }));
    expect((await phone.respond(link.token, { ratings: tooMany })).status).toBe(400);
    expect((await phone.respond(link.token, { ratings: [{ stepId: steps[0]!.id, score: 0 }] })).status).toBe(
      400,
    );
    expect((await phone.respond(link.token, { ratings: [] })).status).toBe(400);
    const huge = await phone.send(`/api/feedback/${link.token}/response`, {
      method: 'PUT',
      raw: `{"comment":"${'x'.repeat(70_000)}"}`,
    });
    expect(huge.status).toBe(413);
    const foreign = await phone.respond(link.token, { ratings: [{ stepId: otherStepId, score: 5 }] });
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ path: 'ratings[0].stepId' });
    expect(phone.cookie).toBe('');
  });

  it('stores a comment with script as plain text, shows it only to the facilitator until accepted or discarded', async () => {
    const link = await newLink();
    const observer = connect(relay.wsUrl, board.id, 'session', keyOf(board.links.observer));
    clients.push(observer);
    await synced(observer);
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const before = readFeedbackResults(observer.doc).revision;
    const phone = new Browser(relay);
    expect(
      (await phone.respond(link.token, { ratings: [{ stepId: steps[2]!.id, score: 2 }], comment: script }))
        .status,
    ).toBe(200);
    await waitFor(() => readFeedbackResults(observer.doc).revision > before);
    expect(JSON.stringify(observer.doc.toJSON())).not.toContain('alert');
    const response = await facilitator('/comments');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { comments } = (await response.json()) as { comments: PendingComment[] };
    const mine = comments.find((c) => c.text === script);
    expect(mine).toMatchObject({
      journeyId: CURRENT_JOURNEY_ID,
      ratings: [{ stepId: steps[2]!.id, score: 2 }],
    });
    expect((await facilitator('/comments', { role: 'participant' })).status).toBe(403);
    // Accepting needs the note the facilitator's client wrote; then it is no longer pending.
    expect((await facilitator(`/comments/${mine!.id}/accept`, { method: 'POST', body: {} })).status).toBe(
      400,
    );
    expect(
      (await facilitator(`/comments/${mine!.id}/accept`, { method: 'POST', body: { noteId: 'note-1' } }))
        .status,
    ).toBe(200);
    expect((await facilitator(`/comments/${mine!.id}/discard`, { method: 'POST' })).status).toBe(404);
    const after = (await (await facilitator('/comments')).json()) as { comments: PendingComment[] };
    expect(after.comments.some((c) => c.id === mine!.id)).toBe(false);
    // Another board's facilitator cannot decide this board's comments.
    await phone.respond(link.token, {
      ratings: [{ stepId: steps[2]!.id, score: 2 }],
      comment: 'changed words',
    });
    const pending = ((await (await facilitator('/comments')).json()) as { comments: PendingComment[] })
      .comments;
    const changed = pending.find((c) => c.text === 'changed words')!;
    expect(
      (await facilitator(`/comments/${changed.id}/discard`, { method: 'POST', board: other })).status,
    ).toBe(404);
    expect((await facilitator(`/comments/${changed.id}/discard`, { method: 'POST' })).status).toBe(200);
  });

  it('a paused link waits, a closed or rotated one refuses with a clear state', async () => {
    const link = await newLink();
    const phone = new Browser(relay);
    const rating = { ratings: [{ stepId: steps[0]!.id, score: 6 }] };
    expect((await phone.respond(link.token, rating)).status).toBe(200);
    expect((await act(link.token, 'pause')).status).toBe(200);
    expect(((await (await phone.form(link.token)).json()) as FeedbackForm).state).toBe('paused');
    expect((await phone.respond(link.token, rating)).status).toBe(423);
    expect((await act(link.token, 'resume')).status).toBe(200);
    // Rotating: the old token refuses, the new one takes responses; the responses already given stay.
    const rotated = (await (await act(link.token, 'rotate')).json()) as FeedbackLinkInfo;
    expect(rotated.token).not.toBe(link.token);
    const old = await phone.form(link.token);
    expect(old.status).toBe(410);
    expect(await old.json()).toMatchObject({ state: 'rotated' });
    expect((await phone.respond(link.token, rating)).status).toBe(410);
    expect((await phone.respond(rotated.token, rating)).status).toBe(200);
    const links = ((await (await facilitator('/links')).json()) as { links: FeedbackLinkInfo[] }).links;
    expect(links.map((l) => l.token)).toContain(rotated.token);
    expect(links.map((l) => l.token)).not.toContain(link.token);
    // Closing: for good.
    expect((await act(rotated.token, 'close')).status).toBe(200);
    const closed = await phone.respond(rotated.token, rating);
    expect(closed.status).toBe(410);
    expect(await closed.json()).toMatchObject({ state: 'closed' });
    expect((await act(rotated.token, 'resume')).status).toBe(409);
    expect((await act(rotated.token, 'pause')).status).toBe(409);
    // Another board's facilitator cannot touch this board's link; unknown tokens are 404.
    expect(
      (
        await facilitator(`/links/${rotated.token}`, {
          method: 'POST',
          body: { action: 'close' },
          board: other,
        })
      ).status,
    ).toBe(404);
    expect((await phone.form('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await phone.form('../../etc')).status).toBe(404);
  });

  it('a flood from one address is refused past the limit, per link', async () => {
    const strict = await startTestRelay({ FEEDBACK_RESPONSES_PER_MINUTE: '6' });
    try {
      const target = await createBoard(strict, { title: 'Flood', template: 'onboarding' });
      const stepId = readBoard((await strict.boards.readDocs(target.id)).content).steps[0]!.id;
      const key = keyOf(target.links.facilitator);
      const call = (path: string, body?: unknown) =>
        fetch(`${strict.url}/api/boards/${target.id}/feedback${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const link = (await (
        await call('/links', { journeyId: CURRENT_JOURNEY_ID })
      ).json()) as FeedbackLinkInfo;
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const phone = new Browser(strict);
        statuses.push((await phone.respond(link.token, { ratings: [{ stepId, score: 4 }] })).status);
      }
      expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
      // Only six responses were stored.
      const aggregates = (await (await call('/aggregates')).json()) as { steps: { all: { n: number } }[] };
      expect(aggregates.steps[0]?.all.n).toBe(6);
      // The limit is per link: another link of the board still takes a response from this address.
      const rotated = (await (
        await call(`/links/${link.token}`, { action: 'rotate' })
      ).json()) as FeedbackLinkInfo;
      expect(
        (await new Browser(strict).respond(rotated.token, { ratings: [{ stepId, score: 4 }] })).status,
      ).toBe(200);
    } finally {
      await strict.stop();
    }
  });
});
