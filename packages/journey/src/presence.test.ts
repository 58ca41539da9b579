import { describe, expect, it } from 'vitest';
import {
  isRelayClientId,
  jsonNestsDeeperThan,
  OBSERVER_COUNT_CLIENT_ID,
  parseObserverCountJson,
  parsePresenceJson,
} from './presence';

const user = { id: 'u-1', name: 'Ada', color: '#0369a1', role: 'participant' };
const parse = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // ASCII only here: one byte per character.
  return parsePresenceJson(text, text.length);
};

describe('presence states', () => {
  it('accepts what the web client publishes, field by field, and a removal', () => {
    expect(parse({})).toEqual({ ok: true, state: {} });
    const full = {
      user,
      cursor: { x: 1.5, y: -2 },
      selection: { stepId: 'st-1', noteId: null },
      view: { centerX: 0, centerY: 10, scale: 0.5 },
    };
    expect(parse(full)).toEqual({ ok: true, state: full });
    expect(parse({ user, cursor: null })).toMatchObject({ ok: true });
    expect(parse(null)).toEqual({ ok: true, state: null });
  });

  it.each([
    ['an unknown field', { user, extra: 1 }],
    ['an unknown field in user', { user: { ...user, admin: true } }],
    ['an unknown role', { user: { ...user, role: 'owner' } }],
    ['a long name', { user: { ...user, name: 'x'.repeat(81) } }],
    ['a scale of zero', { view: { centerX: 0, centerY: 0, scale: 0 } }],
    ['an array', [user]],
    ['a number', 3],
    ['text that is not JSON', '{"user":'],
  ])('refuses %s', (_name, value) => {
    expect(parse(value)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a state over the size limit before reading it, and nesting before parsing it', () => {
    expect(parsePresenceJson('{}', 5000)).toMatchObject({ ok: false, reason: 'too_big' });
    expect(parse(`${'['.repeat(4)}${']'.repeat(4)}`)).toMatchObject({ ok: false, detail: /nested too deep/ });
  });

  it('counts nesting outside strings only', () => {
    expect(jsonNestsDeeperThan('{"a":"[[[[{{{{","b":{"c":1}}', 2)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":"\\"[[","b":{"c":[1]}}', 2)).toBe(true);
    expect(jsonNestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(jsonNestsDeeperThan('[[[[]]]]', 3)).toBe(true);
  });
});

describe('the relay’s observer count', () => {
  it('is read from untrusted JSON: a count, a removal, or refused', () => {
    const read = (text: string) => parseObserverCountJson(text, text.length);
    expect(read('{"observers":12}')).toEqual({ ok: true, state: { observers: 12 } });
    expect(read('null')).toEqual({ ok: true, state: null });
    expect(read('{"observers":-1}').ok).toBe(false);
    expect(read('{"observers":1.5}').ok).toBe(false);
    expect(read('{"observers":1,"user":{}}').ok).toBe(false);
    expect(read('{"observers"').ok).toBe(false);
    expect(read(`{"observers":1${' '.repeat(300)}}`)).toMatchObject({ ok: false, reason: 'too_big' });
  });

  it('lives under client ids no Yjs client can have', () => {
    expect(isRelayClientId(OBSERVER_COUNT_CLIENT_ID)).toBe(true);
    expect(isRelayClientId(2 ** 32 - 1)).toBe(false);
    expect(isRelayClientId(0)).toBe(false);
  });
});
