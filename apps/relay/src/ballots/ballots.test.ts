import {
  closeVotingRound,
  IDENTITY_HEADER,
  openVotingRound,
  readBallotResults,
  readBoard,
  setRatingsNamed,
  setRatingVisibility,
} from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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

type Role = 'facilitator' | 'participant' | 'observer';
interface Person {
  key: string;
  id: string;
  token: string;
}

describe('secret ballots', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let stepIds: string[];
  const people: Record<string, Person> = {};
  const clients: Client[] = [];

  async function join(name: string, role: Role): Promise<Person> {
    const key = keyOf(board.links[role]);
    const response = await fetch(`${relay.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const { identity } = (await response.json()) as { identity: { id: string; token: string } };
    people[name] = { key, ...identity };
    return people[name]!;
  }

  function api(person: Person, path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
    const headers: Record<string, string> = { authorization: `Bearer ${person.key}` };
    headers[IDENTITY_HEADER] = init.token ?? person.token;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${relay.url}/api/boards/${board.id}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  }
  const rate = (person: Person, stepId: string, body: unknown) =>
    api(person, `/ballots/ratings/${stepId}`, { method: 'PUT', body });

  async function open(person: Person, doc: 'content' | 'session'): Promise<Client> {
    const client = connect(relay.wsUrl, board.id, doc, person.key);
    clients.push(client);
    await synced(client);
    return client;
  }

  beforeAll(async () => {
    relay = await startTestRelay({ AUTH_FAILURES_PER_MINUTE: '1000' });
    board = await createBoard(relay, { title: 'Ballots', template: 'onboarding' });
    const content = (await relay.boards.readDocs(board.id)).content;
    stepIds = readBoard(content).steps.map((s) => s.id);
    await join('fran', 'facilitator');
    await join('ann', 'participant');
    await join('bob', 'participant');
    await join('olga', 'observer');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('while hidden, the observer and the other participant get counts only, from every channel', async () => {
    const { ann, bob, olga, fran } = people as Record<string, Person>;
    const olgaSession = await open(olga!, 'session');
    const olgaContent = await open(olga!, 'content');
    const bobSession = await open(bob!, 'session');
    expect((await rate(ann!, stepIds[0]!, { score: 3, emotion: 'sad' })).status).toBe(200);
    expect((await rate(bob!, stepIds[0]!, { score: 9 })).status).toBe(200);
    for (const client of [olgaSession, bobSession]) {
      await waitFor(() => readBallotResults(client.doc).ratingCounts.get(stepIds[0]!) === 2);
      expect(readBallotResults(client.doc).ratingResults.size).toBe(0);
      const json = JSON.stringify(client.doc.toJSON());
      expect(json).not.toContain(ann!.id);
      expect(json).not.toContain('sad');
    }
    expect(readBoard(olgaContent.doc).ratings).toEqual([]);
    // The API answers each person with their own ballot only.
    expect(await (await api(ann!, '/ballots')).json()).toEqual({
      ratings: [{ stepId: stepIds[0], score: 3, emotion: 'sad' }],
      votes: [],
    });
    expect(await (await api(bob!, '/ballots')).json()).toMatchObject({ ratings: [{ score: 9 }] });
    // Exports and a history checkpoint hold no score and no identity.
    for (const path of ['/export.json', '/export.csv']) {
      const text = await (await api(olga!, path)).text();
      expect(text).not.toContain(ann!.id);
      expect(text).not.toContain('sad');
    }
    expect(JSON.parse(await (await api(olga!, '/export.json')).text()).ratings).toEqual([]);
    const saved = await api(fran!, '/history', { method: 'POST', body: { name: 'Hidden' } });
    expect(saved.status).toBe(201);
    const checkpoint = (await (
      await api(olga!, `/history/${((await saved.json()) as { id: number }).id}`)
    ).json()) as {
      docs: Record<string, string>;
    };
    for (const name of ['content', 'session', 'questions']) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(checkpoint.docs[name]!, 'base64'));
      const json = JSON.stringify(doc.toJSON());
      expect(json).not.toContain(ann!.id);
      expect(json).not.toContain('sad');
      if (name === 'session') expect(readBallotResults(doc).ratingCounts.get(stepIds[0]!)).toBe(2);
    }
  });

  it('the facilitator sees the counts live; the reveal gives everyone the distribution, without identities', async () => {
    const { fran, olga, ann } = people as Record<string, Person>;
    const franSession = await open(fran!, 'session');
    const olgaSession = await open(olga!, 'session');
    await waitFor(() => readBallotResults(franSession.doc).ratingCounts.get(stepIds[0]!) === 2);
    setRatingVisibility(franSession.doc, 'revealed', 'fran');
    await waitFor(() => readBallotResults(olgaSession.doc).ratingResults.has(stepIds[0]!));
    const revealed = readBallotResults(olgaSession.doc).ratingResults.get(stepIds[0]!)!;
    expect(revealed).toMatchObject({ count: 2, mean: 6, min: 3, max: 9, named: [] });
    expect(revealed.byScore[2]).toBe(1);
    expect(revealed.byScore[8]).toBe(1);
    expect(JSON.stringify(olgaSession.doc.toJSON())).not.toContain(ann!.id);
    const exported = JSON.parse(await (await api(olga!, '/export.json')).text()) as {
      ratings: { score: number; participantId: string }[];
    };
    expect(exported.ratings.map((r) => r.score).sort()).toEqual([3, 9]);
    expect(exported.ratings.every((r) => r.participantId.startsWith('anonymous-'))).toBe(true);
    // A participant changes their own ballot after a reload (a new request with the same identity).
    expect(await (await api(ann!, '/ballots')).json()).toMatchObject({ ratings: [{ score: 3 }] });
    expect((await rate(ann!, stepIds[0]!, { score: 5, emotion: null })).status).toBe(200);
    await waitFor(() => readBallotResults(olgaSession.doc).ratingResults.get(stepIds[0]!)?.mean === 7);
    // Names appear only for ratings cast while the facilitator had named ratings on.
    setRatingsNamed(franSession.doc, true, 'fran');
    await waitFor(() => franSession.provider.synced);
    expect((await rate(people.bob!, stepIds[1]!, { score: 4, name: 'Bob' })).status).toBe(200);
    expect((await rate(ann!, stepIds[1]!, { score: 6, name: 'Ann' })).status).toBe(200);
    await waitFor(() => readBallotResults(olgaSession.doc).ratingResults.get(stepIds[1]!)?.count === 2);
    expect(
      readBallotResults(olgaSession.doc)
        .ratingResults.get(stepIds[1]!)!
        .named.map((n) => n.name),
    ).toEqual(['Ann', 'Bob']);
    expect(readBallotResults(olgaSession.doc).ratingResults.get(stepIds[0]!)!.named).toEqual([]);
  });

  it('nobody writes another person’s ballot: forged, foreign or missing identities and observers are refused', async () => {
    const { ann, bob, olga } = people as Record<string, Person>;
    const forged = `${ann!.id}.${bob!.token.split('.')[1]}`;
    expect((await api(bob!, '/ballots', { token: forged })).status).toBe(401);
    const asAnn = await api(bob!, `/ballots/ratings/${stepIds[0]}`, {
      method: 'PUT',
      body: { score: 1 },
      token: forged,
    });
    expect(asAnn.status).toBe(401);
    expect((await api(bob!, '/ballots', { token: '' })).status).toBe(401);
    expect((await rate(olga!, stepIds[0]!, { score: 2 })).status).toBe(403);
    expect((await rate(ann!, stepIds[0]!, { score: 11 })).status).toBe(400);
    expect(await (await api(ann!, '/ballots')).json()).toMatchObject({
      ratings: [{ score: 5 }, { score: 6 }],
    });
    // Ann withdraws her rating of the second step: only hers goes.
    const withdrawn = await api(ann!, `/ballots/ratings/${stepIds[1]}`, { method: 'DELETE' });
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as { ratings: unknown[] }).ratings).toHaveLength(1);
    expect(await (await api(bob!, '/ballots')).json()).toMatchObject({
      ratings: [{ score: 9 }, { score: 4 }],
    });
  });

  it('dots: counts while the round is open, per-target counts once it closes; only an open round takes dots', async () => {
    const { fran, ann, bob, olga } = people as Record<string, Person>;
    const franSession = await open(fran!, 'session');
    const olgaSession = await open(olga!, 'session');
    const round = openVotingRound(franSession.doc, { targetKind: 'step', votesPerPerson: 2 }, 'fran');
    await waitFor(() => readBallotResults(olgaSession.doc).voterCounts.get(round.id) === 0);
    const vote = (person: Person, targetIds: string[]) =>
      api(person, `/ballots/votes/${round.id}`, { method: 'PUT', body: { targetIds } });
    expect((await vote(ann!, [stepIds[0]!, stepIds[0]!])).status).toBe(200);
    expect((await vote(bob!, [stepIds[0]!, stepIds[1]!, stepIds[2]!])).status).toBe(409);
    expect((await vote(bob!, [stepIds[1]!])).status).toBe(200);
    await waitFor(() => readBallotResults(olgaSession.doc).voterCounts.get(round.id) === 2);
    expect(readBallotResults(olgaSession.doc).roundResults.size).toBe(0);
    expect(await (await api(bob!, '/ballots')).json()).toMatchObject({
      votes: [{ roundId: round.id, targetIds: [stepIds[1]] }],
    });
    closeVotingRound(franSession.doc, round.id, 'fran');
    await waitFor(() => readBallotResults(olgaSession.doc).roundResults.has(round.id));
    expect(readBallotResults(olgaSession.doc).roundResults.get(round.id)).toEqual({
      counts: [
        { targetId: stepIds[0], count: 2 },
        { targetId: stepIds[1], count: 1 },
      ],
      voters: 2,
      totalVotes: 3,
    });
    expect((await vote(ann!, [])).status).toBe(409);
    expect(
      (await api(ann!, '/ballots/votes/no-such-round', { method: 'PUT', body: { targetIds: [] } })).status,
    ).toBe(404);
  });
});
