import {
  type Actor,
  addSessionTimerMinute,
  askQuestion,
  deleteQuestion,
  resetSessionTimer,
  type SessionState,
  setLocked,
  setQuestionResolved,
  setSpotlight,
  startSessionTimer,
} from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ALICE,
  contentRoom,
  FACILITATOR,
  judgedRoom,
  LOCKED,
  MAPPING,
  OBSERVER,
  QA,
  refusal,
} from '../../test-support/judged-room';

// The questions document (askers as themselves) and the session document (the facilitator's, and the
// relay's published maps). The content document is update-judge.test.ts.

describe('questions carry their real author and role', () => {
  const questions = () => judgedRoom('questions', () => {});

  it('lets an observer ask during Q&A only, as themselves', () => {
    const r = questions();
    const ask = (actor: Actor, session: SessionState, author = actor) =>
      r.attempt(actor, session, (d) =>
        askQuestion(d, { text: 'Why?', authorId: author.identity!, role: author.role }, 'me'),
      );
    expect(refusal(ask(OBSERVER, MAPPING))?.code).toBe('phase');
    expect(ask(OBSERVER, QA).kind).toBe('accepted');
    expect(refusal(ask(OBSERVER, QA, { ...OBSERVER, role: 'facilitator' }))).toEqual({
      code: 'identity',
      path: 'question.role',
    });
    expect(refusal(ask(OBSERVER, QA, ALICE))?.code).toBe('identity');
  });

  it('lets only the facilitator delete or resolve someone else’s question', () => {
    const r = questions();
    let id = '';
    expect(
      r.attempt(FACILITATOR, QA, (d) => {
        id = askQuestion(d, { text: 'Q', authorId: 'u-facilitator', role: 'facilitator' }, 'me').id;
      }).kind,
    ).toBe('accepted');
    expect(refusal(r.attempt(OBSERVER, QA, (d) => deleteQuestion(d, id, 'me')))?.code).toBe('not_owner');
    expect(refusal(r.attempt(ALICE, QA, (d) => setQuestionResolved(d, id, true, 'me')))?.code).toBe(
      'not_owner',
    );
    expect(r.attempt(FACILITATOR, QA, (d) => deleteQuestion(d, id, 'me')).kind).toBe('accepted');
  });

  it('refuses answers from observers', () => {
    const r = questions();
    const copy = r.client();
    void copy;
    const outcome = r.attempt(OBSERVER, QA, (d) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        questionId: 'q',
        text: 'A',
        authorId: 'u-observer',
        role: 'observer',
        createdAt: 1,
      }))
        m.set(k, v);
      d.getMap('answers').set('answer-1', m);
    });
    expect(refusal(outcome)?.code).toBe('role');
  });
});

describe('the session document is the facilitator’s', () => {
  it('refuses participants and relay-owned maps', () => {
    const r = judgedRoom('session', () => {});
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => d.getMap('session').set('locked', false)))?.code).toBe(
      'role',
    );
    expect(r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('session').set('locked', true)).kind).toBe(
      'accepted',
    );
    expect(
      refusal(r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('session').set('phase', 'party')))?.code,
    ).toBe('schema');
    expect(refusal(r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('ratingResults').set('x', 1)))?.code).toBe(
      'relay_only',
    );
    expect(r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('session').set('ratingsNamed', true)).kind).toBe(
      'accepted',
    );
  });

  it('takes what the workshop bar offers: the timer at 0:00 restarted, a minute more, stopped; unlock', () => {
    const r = judgedRoom('session', () => {});
    let now = 1_000_000;
    const clock = () => now;
    const ok = (change: (d: Y.Doc) => void) => r.attempt(FACILITATOR, MAPPING, change).kind;
    expect(ok((d) => startSessionTimer(d, 60_000, 'me', clock))).toBe('accepted');
    now += 120_000; // the time is up
    expect(ok((d) => startSessionTimer(d, 60_000, 'me', clock))).toBe('accepted'); // Restart
    now += 120_000;
    expect(ok((d) => addSessionTimerMinute(d, 'me', clock))).toBe('accepted');
    expect(ok((d) => resetSessionTimer(d, 'me'))).toBe('accepted'); // Stop
    expect(ok((d) => setLocked(d, true, 'me'))).toBe('accepted');
    expect(r.attempt(FACILITATOR, LOCKED, (d) => setLocked(d, false, 'me')).kind).toBe('accepted');
    expect(ok((d) => setSpotlight(d, 'step-9', 'me'))).toBe('accepted');
    expect(refusal(r.attempt(ALICE, MAPPING, (d) => resetSessionTimer(d, 'me')))?.code).toBe('role');
  });

  it('gives and takes the floor for the facilitator only; an observer cannot give it to themselves', () => {
    const r = judgedRoom('session', () => {});
    const give = (id: unknown) => (d: Y.Doc) => d.getMap('session').set('floorAuthorId', id);
    expect(refusal(r.attempt(ALICE, QA, give('u-alice')))?.code).toBe('role');
    expect(refusal(r.attempt(OBSERVER, QA, give('u-observer')))?.code).toBe('role');
    expect(refusal(r.attempt(FACILITATOR, QA, give({ id: 'u-observer' })))?.code).toBe('schema');
    expect(refusal(r.attempt(FACILITATOR, QA, give('')))?.code).toBe('schema');
    expect(r.attempt(FACILITATOR, QA, give('u-observer')).kind).toBe('accepted');
    expect(refusal(r.attempt(OBSERVER, QA, give(null)))?.code).toBe('role');
    expect(r.attempt(FACILITATOR, QA, give(null)).kind).toBe('accepted');
  });

  it('takes service-desk figures from the facilitator only, and only in their shape', () => {
    const r = contentRoom();
    const figure = {
      volume: 3,
      medianFirstResponseMinutes: 20,
      medianResolutionMinutes: null,
      csat: 50,
      csatResponses: 2,
    };
    expect(
      r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('serviceDesk').set('s1|2026-03', figure)).kind,
    ).toBe('accepted');
    expect(
      refusal(r.attempt(ALICE, MAPPING, (d) => d.getMap('serviceDesk').set('s1|2026-04', figure)))?.code,
    ).toBe('role');
    expect(
      refusal(
        r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('serviceDesk').set('s1|2026-05', { volume: -1 })),
      )?.code,
    ).toBe('schema');
  });

  it('refuses everyone’s writes to the published customer feedback', () => {
    const r = judgedRoom('session', () => {});
    const cell = () => new Array(10).fill(1);
    for (const actor of [FACILITATOR, ALICE, OBSERVER]) {
      expect(
        refusal(r.attempt(actor, MAPPING, (d) => d.getMap('feedbackResults').set('s1|2026-01-01', cell())))
          ?.code,
      ).toBe('relay_only');
    }
    expect(
      refusal(r.attempt(FACILITATOR, MAPPING, (d) => d.getMap('feedbackSummary').set('responses', 99)))?.code,
    ).toBe('relay_only');
  });
});
