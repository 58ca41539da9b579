import {
  CURRENT_JOURNEY_ID,
  type FeedbackLinkInfo,
  journeySteps,
  MEASURED_CSV_COLUMNS,
  type MeasuredExport,
  type PendingComment,
  readBoard,
  readFeedbackResults,
  readServiceDeskFigures,
  type ServiceDeskFigure,
  STEP_CSV_COLUMNS,
  writeServiceDeskFigures,
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

// The board's exports carry what everyone on the board sees of customers' feedback (the published
// aggregates) and the service desk's figures, per step and period; never a pending comment.

const COMMENT = 'SECRET-COMMENT the reset mail never came';
const FIGURE: ServiceDeskFigure = {
  volume: 120,
  medianFirstResponseMinutes: 35,
  medianResolutionMinutes: 240,
  csat: 62.5,
  csatResponses: 16,
};

type Role = 'facilitator' | 'participant' | 'observer';

describe('exports with customers’ measured figures', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  let steps: { id: string; title: string }[];
  const clients: Client[] = [];

  const get = (path: string, role: Role) =>
    fetch(`${relay.url}/api/boards/${board.id}${path}`, {
      headers: { authorization: `Bearer ${keyOf(board.links[role])}` },
    });
  /** Waits until the relay has stored the facilitator's service-desk write. */
  const storedFigures = async () => {
    const started = Date.now();
    for (;;) {
      const docs = await relay.boards.readDocs(board.id);
      const size = readServiceDeskFigures(docs.content).size;
      for (const doc of Object.values(docs)) doc.destroy();
      if (size > 0) return;
      if (Date.now() - started > 10_000) throw new Error('timed out waiting for stored figures');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const respond = (token: string, body: unknown) =>
    fetch(`${relay.url}/api/feedback/${token}/response`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    relay = await startTestRelay({ FEEDBACK_RESPONSES_PER_MINUTE: '1000' });
    board = await createBoard(relay, { title: 'Feedback export', template: 'password-reset' });
    const read = readBoard((await relay.boards.readDocs(board.id)).content);
    steps = journeySteps(read, CURRENT_JOURNEY_ID).map((s) => ({ id: s.id, title: s.title }));

    // Three customers (three browsers, no cookie shared) rate the first two steps; one comments.
    const created = await fetch(`${relay.url}/api/boards/${board.id}/feedback/links`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${keyOf(board.links.facilitator)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ journeyId: CURRENT_JOURNEY_ID }),
    });
    const link = (await created.json()) as FeedbackLinkInfo;
    const session = connect(relay.wsUrl, board.id, 'session', keyOf(board.links.observer));
    clients.push(session);
    await synced(session);
    const answers = [
      { a: 2, b: 8, comment: COMMENT },
      { a: 4, b: 6, comment: '' },
      { a: 9, b: 7, comment: '' },
    ];
    for (const { a, b, comment } of answers) {
      const response = await respond(link.token, {
        ratings: [
          { stepId: steps[0]!.id, score: a },
          { stepId: steps[1]!.id, score: b },
        ],
        comment,
      });
      expect(response.status).toBe(200);
    }
    await waitFor(() => readFeedbackResults(session.doc).responses === 3, 10_000, 'published aggregates');

    // The facilitator's service-desk import of one month on the second step.
    const content = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.facilitator));
    clients.push(content);
    await synced(content);
    writeServiceDeskFigures(content.doc, new Map([[steps[1]!.id, new Map([['2026-02', FIGURE]])]]), 'test');
    await storedFigures();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('export.json has n, mean, median, quartiles per step, all time and per month, and the service desk’s months', async () => {
    for (const role of ['observer', 'participant', 'facilitator'] as const) {
      const response = await get('/export.json', role);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain('SECRET-COMMENT');
      const { measured } = JSON.parse(text) as { measured: MeasuredExport };
      expect(measured.responses).toBe(3);
      expect(measured.steps.map((s) => s.stepId)).toEqual([steps[0]!.id, steps[1]!.id]);
      const [first, second] = measured.steps;
      expect(first!.all).toMatchObject({ n: 3, mean: 5, median: 4, q1: 3, q3: 6.5, min: 2, max: 9 });
      expect(first!.months).toHaveLength(1);
      expect(first!.months[0]!.period).toMatch(/^\d{4}-\d{2}$/);
      expect(first!.months[0]!.stats).toEqual(first!.all);
      expect(second!.all).toMatchObject({ n: 3, mean: 7, median: 7 });
      expect(second!.serviceDesk).toEqual([{ period: '2026-02', ...FIGURE }]);
    }
  });

  it('the re-imported JSON makes a board without the measured part; plain JSON still imports', async () => {
    const exported = (await (await get('/export.json', 'observer')).json()) as Record<string, unknown>;
    expect(exported.measured).toBeDefined();
    const { measured: _m, ...plain } = exported;
    for (const body of [exported, plain]) {
      const response = await fetch(`${relay.url}/api/boards/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      const created = (await response.json()) as CreatedBoard;
      const docs = await relay.boards.readDocs(created.id);
      expect(readBoard(docs.content).steps.length).toBe((exported.steps as unknown[]).length);
      expect(readFeedbackResults(docs.session).responses).toBe(0);
      for (const doc of Object.values(docs)) doc.destroy();
    }
  });

  it('export.csv has the all-time measured columns; table=measured one row per step and period', async () => {
    const csv = await (await get('/export.csv', 'participant')).text();
    expect(csv).not.toContain('SECRET-COMMENT');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    const tail = (line: string) => line.split(',').slice(-3);
    expect(tail(lines[0]!)).toEqual(STEP_CSV_COLUMNS.slice(-3));
    expect(tail(lines[1]!)).toEqual(['3', '5', '4']);
    expect(tail(lines[2]!)).toEqual(['3', '7', '7']);
    expect(tail(lines[3]!)).toEqual(['0', '', '']);

    const response = await get('/export.csv?table=measured', 'observer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('Feedback-export-measured.csv');
    const table = await response.text();
    expect(table).not.toContain('SECRET-COMMENT');
    const rows = table
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(','));
    expect(rows[0]).toEqual([...MEASURED_CSV_COLUMNS]);
    const cell = (row: string[], column: (typeof MEASURED_CSV_COLUMNS)[number]) =>
      row[MEASURED_CSV_COLUMNS.indexOf(column)];
    const picked = rows
      .slice(1)
      .map((r) => [cell(r, 'Step #'), cell(r, 'Responses'), cell(r, 'Mean'), cell(r, 'Tickets')]);
    expect(picked).toEqual([
      ['1', '3', '5', ''],
      ['1', '3', '5', ''],
      ['2', '3', '7', '120'],
      ['2', '', '', '120'],
      ['2', '3', '7', ''],
    ]);
    expect(cell(rows[4]!, 'Period')).toBe('2026-02');
    expect(cell(rows[4]!, 'CSAT %')).toBe('62.5');
  });

  it('the pending comment is only in the facilitator’s comment list, in no export', async () => {
    const response = await get('/feedback/comments', 'facilitator');
    const { comments } = (await response.json()) as { comments: PendingComment[] };
    expect(comments.map((c) => c.text)).toContain(COMMENT);
    for (const role of ['observer', 'participant', 'facilitator'] as const) {
      for (const path of ['/export.json', '/export.csv', '/export.csv?table=measured']) {
        expect(await (await get(path, role)).text()).not.toContain('SECRET-COMMENT');
      }
    }
  });
});
