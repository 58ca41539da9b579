import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 1234,
      HOST: '127.0.0.1',
      DURABILITY: 'process',
      DEMO_BOARD: true,
      MAX_MESSAGE_BYTES: 1024 * 1024,
    });
    expect(config.DATABASE_FILE.endsWith('/data/journeyboard.sqlite')).toBe(true);
    expect(config.ALLOWED_ORIGINS).toBeUndefined();
  });

  it('reads and normalises values', () => {
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: '/tmp/jb',
      PUBLIC_URL: 'https://boards.example.com/',
      ALLOWED_ORIGINS: 'https://a.example.com, https://b.example.com/',
      DURABILITY: 'fsync',
      DEMO_BOARD: 'false',
      LOG_FORMAT: 'json',
    });
    expect(config.PORT).toBe(0);
    expect(config.DATABASE_FILE).toBe('/tmp/jb/journeyboard.sqlite');
    expect(config.PUBLIC_URL).toBe('https://boards.example.com');
    expect(config.ALLOWED_ORIGINS).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect(config.DURABILITY).toBe('fsync');
    expect(config.DEMO_BOARD).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', ADMIN_TOKEN: '' })).toMatchObject({ PORT: 1234, ADMIN_TOKEN: undefined });
  });

  it.each([
    ['PORT', 'abc', 'PORT="abc": expected an integer from 0 to 65535'],
    ['PORT', '70000', 'PORT="70000": expected an integer from 0 to 65535'],
    ['PORT', '-1', 'PORT="-1": expected an integer from 0 to 65535'],
    ['DURABILITY', 'sometimes', 'DURABILITY="sometimes"'],
    ['PUBLIC_URL', 'boards.example.com', 'PUBLIC_URL="boards.example.com": expected an absolute URL'],
    ['ALLOWED_ORIGINS', 'https://ok.example, nope', 'ALLOWED_ORIGINS='],
    ['ADMIN_TOKEN', 'short', 'ADMIN_TOKEN="short": expected at least 16 characters'],
    ['DEMO_BOARD', 'maybe', 'DEMO_BOARD="maybe": expected true or false'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL="loud"'],
    ['LOG_FORMAT', 'xml', 'LOG_FORMAT="xml"'],
    ['MAX_MESSAGE_BYTES', '10', 'MAX_MESSAGE_BYTES="10": expected an integer from 1024'],
    ['MAX_DOC_BYTES', '1.5', 'MAX_DOC_BYTES="1.5": expected an integer'],
    ['MAX_ROOMS', '0', 'MAX_ROOMS="0": expected an integer from 1'],
    ['TRUST_PROXY', 'true', 'TRUST_PROXY="true": true would believe X-Forwarded-For from anyone'],
    [
      'TRUST_PROXY',
      '10.0.0.0/8, proxy.local',
      'TRUST_PROXY="10.0.0.0/8, proxy.local": "proxy.local" is not an IP',
    ],
    ['TRUST_PROXY', '10.0.0.1/40', 'TRUST_PROXY="10.0.0.1/40": "10.0.0.1/40": invalid range'],
    ['TRUST_PROXY', '99', 'TRUST_PROXY="99": expected a hop count from 0 to 32'],
    ['METRICS_TOKEN', 'short', 'METRICS_TOKEN="short": expected at least 16 characters'],
    ['MAX_CONNECTIONS_PER_ADDRESS', '0', 'MAX_CONNECTIONS_PER_ADDRESS="0": expected an integer from 1'],
    ['BOARD_CREATIONS_PER_HOUR', 'many', 'BOARD_CREATIONS_PER_HOUR="many": expected an integer'],
  ])('%s=%s is reported clearly', (key, value, message) => {
    const found = problems({ [key]: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('trusts no proxy by default, and reads addresses, ranges or a hop count', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual({ kind: 'none' });
    expect(loadConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toEqual({ kind: 'none' });
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, fd00::/8 ,loopback' }).TRUST_PROXY).toEqual({
      kind: 'addresses',
      addresses: ['10.0.0.5', 'fd00::/8', 'loopback'],
    });
  });

  it('reserves connection slots from MAX_CONNECTIONS_PER_BOARD, and refuses reservations leaving observers none', () => {
    // The defaults hold a town hall: 1,000 observers' tabs (3 sockets each) on one board, from one address.
    const defaults = loadConfig({});
    expect(defaults).toMatchObject({
      MAX_CONNECTIONS_PER_BOARD: 3_600,
      RESERVED_FACILITATOR_CONNECTIONS: 30,
      RESERVED_PARTICIPANT_CONNECTIONS: 300,
      MAX_CONNECTIONS_PER_ADDRESS: 4_000,
      MAX_BUFFERED_BYTES: 4 * 1024 * 1024,
      BOARD_CREATIONS_PER_HOUR: 60,
    });
    const forObservers =
      defaults.MAX_CONNECTIONS_PER_BOARD -
      defaults.RESERVED_FACILITATOR_CONNECTIONS -
      defaults.RESERVED_PARTICIPANT_CONNECTIONS;
    expect(forObservers).toBeGreaterThanOrEqual(3 * 1_000);
    expect(defaults.MAX_CONNECTIONS_PER_ADDRESS).toBeGreaterThanOrEqual(defaults.MAX_CONNECTIONS_PER_BOARD);
    // A small board keeps the proportional reservations.
    expect(loadConfig({ MAX_CONNECTIONS_PER_BOARD: '200' })).toMatchObject({
      RESERVED_FACILITATOR_CONNECTIONS: 10,
      RESERVED_PARTICIPANT_CONNECTIONS: 50,
    });
    expect(loadConfig({ MAX_CONNECTIONS_PER_BOARD: '1' })).toMatchObject({
      RESERVED_FACILITATOR_CONNECTIONS: 0,
      RESERVED_PARTICIPANT_CONNECTIONS: 0,
    });
    expect(
      problems({
        MAX_CONNECTIONS_PER_BOARD: '20',
        RESERVED_FACILITATOR_CONNECTIONS: '5',
        RESERVED_PARTICIPANT_CONNECTIONS: '15',
      }),
    ).toEqual([
      'RESERVED_FACILITATOR_CONNECTIONS (5) + RESERVED_PARTICIPANT_CONNECTIONS (15) must be less than MAX_CONNECTIONS_PER_BOARD (20), or observers could never connect',
    ]);
  });

  it('reports every bad value at once', () => {
    const found = problems({ PORT: 'x', DURABILITY: 'y', MAX_ROOMS: 'z' });
    expect(found.map((line) => line.split('=')[0])).toEqual(['PORT', 'DURABILITY', 'MAX_ROOMS']);
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/invalid configuration:\n {2}- PORT="x"/);
  });
});
