import * as encoding from 'lib0/encoding';
import { expect, test } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { contentSocketUrl, earlyContentSettled, startEarlyBoardSync, takeEarlyContent } from './early-sync';

/** A socket the test drives: it opens, receives messages and closes when told. */
class DrivenSocket {
  static last: DrivenSocket | null = null;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = 0;
  binaryType = 'blob';
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: unknown[] = [];
  constructor(readonly url: string) {
    DrivenSocket.last = this;
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  receive(data: ArrayBuffer) {
    this.onmessage?.({ data } as MessageEvent);
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006 } as CloseEvent);
  }
}

const location = { pathname: '/b/board1', hash: '#key=secret', protocol: 'http:', host: 'localhost:1' };
const token = 'p-abcdefghijklmnop.sig';
const url = contentSocketUrl(location, 'board1', 'secret', token);

function startSocket(): DrivenSocket {
  const page = { location, displayName: 'Ann', online: true, identityToken: () => token };
  expect(startEarlyBoardSync(page, DrivenSocket as unknown as typeof WebSocket)).toBe(true);
  return DrivenSocket.last!;
}

/** The relay's answer (sync step 2) carrying a board with one journey. */
function answer(): ArrayBuffer {
  const doc = new Y.Doc();
  const journey = new Y.Map<unknown>();
  journey.set('name', 'As is');
  journey.set('order', 'a0');
  doc.getMap('journeys').set('j1', journey);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep2(encoder, doc);
  return encoding.toUint8Array(encoder).slice().buffer;
}

test('the connection waits for the early answer, then takes the document with the board in it', async () => {
  const socket = startSocket();
  const waiting = earlyContentSettled(url, 60_000);
  expect(waiting).not.toBeNull();
  // Another board's connection has nothing to wait for.
  expect(earlyContentSettled(contentSocketUrl(location, 'board2', 'secret', token), 60_000)).toBeNull();
  let done = false;
  void waiting!.then(() => {
    done = true;
  });
  socket.open();
  await Promise.resolve();
  expect(done).toBe(false);
  socket.receive(answer());
  await waiting;
  const content = takeEarlyContent(url);
  expect(content?.answer).toBeNull();
  expect(content?.doc?.getMap('journeys').has('j1')).toBe(true);
});

test('a socket that closes before answering ends the wait: the connection starts afresh', async () => {
  const socket = startSocket();
  const waiting = earlyContentSettled(url, 60_000);
  socket.open();
  socket.drop();
  await waiting;
  expect(takeEarlyContent(url)).toBeNull();
  expect(earlyContentSettled(url, 60_000)).toBeNull();
});

test('a relay that does not answer is waited for at most the given time', async () => {
  const socket = startSocket();
  socket.open();
  await earlyContentSettled(url, 20);
  // Nothing arrived: the connection takes the socket and its provider waits for the answer itself.
  expect(takeEarlyContent(url)).toEqual({ doc: null, answer: null });
});
