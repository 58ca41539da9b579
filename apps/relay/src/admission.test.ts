import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { admissionFrom } from './admission';
import { loadConfig } from './config';

function warnings(env: Record<string, string>): string[] {
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
  admissionFrom(loadConfig(env), logger);
  return lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
}

describe('admissionFrom', () => {
  it('warns when PUBLIC_URL says there is a proxy but TRUST_PROXY does not name it', () => {
    expect(warnings({ PUBLIC_URL: 'https://boards.example.com' })).toEqual([
      expect.stringContaining('set TRUST_PROXY'),
    ]);
    expect(warnings({ PUBLIC_URL: 'https://boards.example.com', TRUST_PROXY: '127.0.0.1' })).toEqual([]);
    expect(warnings({})).toEqual([]);
  });

  it('shares one trust between the origin policy and the client address', () => {
    const admission = admissionFrom(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }), pino({ level: 'silent' }));
    expect(admission.origins.trust).toBe(admission.trust);
    expect(admission.trust('10.1.2.3', 0)).toBe(true);
    expect(admission.trust('203.0.113.1', 0)).toBe(false);
    expect(admission.slots).toEqual({
      maxPerBoard: 3600,
      reservedForFacilitator: 30,
      reservedForParticipants: 300,
      maxPerAddress: 4000,
    });
  });
});
