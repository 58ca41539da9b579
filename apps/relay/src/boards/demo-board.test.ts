import { Writable } from 'node:stream';
import pino from 'pino';
import pretty from 'pino-pretty';
import { describe, expect, it } from 'vitest';
import { demoBoardEntry } from './demo-board';

const links = {
  facilitator: 'http://localhost:1234/b/abc#key=f',
  participant: 'http://localhost:1234/b/abc#key=p',
  observer: 'http://localhost:1234/b/abc#key=o',
};

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, read: () => text };
}

describe('the demo board log entry', () => {
  it('keeps each link as a JSON field of its own, with a one-line message', () => {
    const out = capture();
    const entry = demoBoardEntry('abc', links);
    pino(out.stream).info(entry.fields, entry.message);
    const lines = out.read().trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line.msg).not.toMatch(/\n/);
    expect(line).toMatchObject({
      board: 'abc',
      facilitatorLink: links.facilitator,
      participantLink: links.participant,
      observerLink: links.observer,
    });
  });

  it('prints one link per line on a terminal', () => {
    const out = capture();
    const entry = demoBoardEntry('abc', links);
    pino(pretty({ sync: true, colorize: false, destination: out.stream })).info(entry.fields, entry.message);
    const lines = out.read().split('\n');
    for (const link of Object.values(links)) {
      expect(lines.filter((line) => line.includes(link))).toHaveLength(1);
    }
    expect(out.read()).toContain('demo board created');
  });
});
