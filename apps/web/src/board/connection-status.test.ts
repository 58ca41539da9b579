import { describe, expect, it } from 'vitest';
import { type DocLinkState, INITIAL_LINK_STATE, summariseConnection } from './connection-status';

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
    expect(summariseConnection(start, true)).toEqual({
      kind: 'connecting',
      detail: 'Connecting to the board…',
    });
  });

  it('is offline when the browser is offline, whatever the sockets say', () => {
    const status = summariseConnection(links(), false);
    expect(status.kind).toBe('offline');
    expect(status.detail).toMatch(/kept on this device/);
  });

  it('is offline with the reason after losing an established connection', () => {
    const lost: DocLinkState = {
      ...connected,
      phase: 'connecting',
      synced: false,
      lastClose: { code: 1012, message: 'The relay is restarting; reconnecting.' },
    };
    const status = summariseConnection(links({ session: lost }), true);
    expect(status.kind).toBe('offline');
    expect(status.detail).toMatch(/restarting/);
  });

  it('puts a refusal first and names the document', () => {
    const refused: DocLinkState = {
      ...INITIAL_LINK_STATE,
      phase: 'disconnected',
      refusal: { code: 4401, terminal: true, message: 'rotated' },
    };
    expect(summariseConnection(links({ questions: refused }), false)).toEqual({
      kind: 'refused',
      detail: 'rotated',
      doc: 'questions',
      code: 4401,
    });
  });
});
