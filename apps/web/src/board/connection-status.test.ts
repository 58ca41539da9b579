import { describe, expect, it } from 'vitest';
import { message, t } from '../i18n/i18n';
import { type DocLinkState, INITIAL_LINK_STATE, sameStatus, summariseConnection } from './connection-status';

const say = (status: { detail: readonly Parameters<typeof t>[0][] }) =>
  status.detail.map((m) => t(m)).join(' ');

const connected: DocLinkState = {
  ...INITIAL_LINK_STATE,
  phase: 'connected',
  synced: true,
  everConnected: true,
};

function links(overrides: Partial<Record<'content' | 'session' | 'questions', DocLinkState>> = {}) {
  return { content: connected, session: connected, questions: connected, ...overrides };
}

describe('summariseConnection', () => {
  it('is connected when every document is connected and the content synced', () => {
    expect(summariseConnection(links(), true).kind).toBe('connected');
    expect(summariseConnection(links({ content: { ...connected, synced: false } }), true).kind).toBe(
      'connecting',
    );
  });

  it('is connecting before the first connection', () => {
    const start = { content: INITIAL_LINK_STATE, session: INITIAL_LINK_STATE, questions: INITIAL_LINK_STATE };
    const status = summariseConnection(start, true);
    expect(status.kind).toBe('connecting');
    expect(say(status)).toBe('Connecting to the board…');
  });

  it('is offline when the browser is offline, whatever the sockets say', () => {
    const status = summariseConnection(links(), false);
    expect(status.kind).toBe('offline');
    expect(say(status)).toMatch(/kept on this device/);
  });

  it('is offline with the reason after losing an established connection', () => {
    const lost: DocLinkState = {
      ...connected,
      phase: 'connecting',
      synced: false,
      lastClose: { code: 1012, message: message('close.service-restart') },
    };
    const status = summariseConnection(links({ session: lost }), true);
    expect(status.kind).toBe('offline');
    expect(say(status)).toMatch(/restarting; reconnecting\. Reconnecting… Your changes are kept/);
  });

  it('puts a refusal first and names the document', () => {
    const refused: DocLinkState = {
      ...INITIAL_LINK_STATE,
      phase: 'disconnected',
      refusal: { code: 4401, terminal: true, message: message('close.unauthorized') },
    };
    expect(summariseConnection(links({ questions: refused }), false)).toEqual({
      kind: 'refused',
      detail: [{ key: 'close.unauthorized' }],
      doc: 'questions',
      code: 4401,
    });
  });

  it('tells statuses apart by what they say, not by identity', () => {
    const a = summariseConnection(links(), false);
    expect(sameStatus(a, summariseConnection(links(), false))).toBe(true);
    expect(sameStatus(a, summariseConnection(links(), true))).toBe(false);
    const closedWith = (reason: string): DocLinkState => ({
      ...connected,
      phase: 'connecting',
      lastClose: { code: 4999, message: message('close.closed-because', { reason }) },
    });
    expect(
      sameStatus(
        summariseConnection(links({ content: closedWith('x') }), true),
        summariseConnection(links({ content: closedWith('y') }), true),
      ),
    ).toBe(false);
  });
});
