import * as encoding from 'lib0/encoding';
import { expect, test } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { syncParams } from '../board/sync-url';
import { EMPTY_DOC_SYNC_REQUEST, isSyncAnswer, providerSocketUrl, syncAnswerUpdate } from './early-socket';
import { contentSocketUrl, startEarlyBoardSync, takeEarlySocket } from './early-sync';

test('the early request is exactly what y-websocket sends for an empty document', () => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // y-websocket's messageSync
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  expect(EMPTY_DOC_SYNC_REQUEST).toEqual(encoding.toUint8Array(encoder));
});

test('only a sync step 2 counts as the answer', () => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep2(encoder, new Y.Doc());
  const answer = encoding.toUint8Array(encoder);
  expect(isSyncAnswer(answer.slice().buffer)).toBe(true);
  expect(isSyncAnswer(EMPTY_DOC_SYNC_REQUEST.slice().buffer)).toBe(false);
  expect(isSyncAnswer(Uint8Array.of(0, 2, 5).buffer)).toBe(false); // a later update
  expect(isSyncAnswer(Uint8Array.of(1, 1).buffer)).toBe(false); // awareness
  expect(isSyncAnswer(Uint8Array.of(0).buffer)).toBe(false);
  expect(isSyncAnswer('0 1')).toBe(false);
});

test.each([
  ['an empty document', 0],
  ['a one-byte length', 3],
  ['a two-byte length', 40],
  ['a three-byte length', 2_000],
])('the update inside a sync answer is found (%s)', (_, items) => {
  const doc = new Y.Doc();
  const map = doc.getMap('steps');
  for (let i = 0; i < items; i++) map.set(`step-${i}`, `Step number ${i}`);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep2(encoder, doc);
  const message = encoding.toUint8Array(encoder);
  const update = syncAnswerUpdate(message.slice().buffer);
  expect(update).toEqual(Y.encodeStateAsUpdate(doc));
  const copy = new Y.Doc();
  Y.applyUpdate(copy, update!);
  expect(copy.getMap('steps').size).toBe(items);
  // Cut short, it is no answer at all.
  expect(syncAnswerUpdate(message.slice(0, message.length - 1).buffer)).toBeNull();
  expect(syncAnswerUpdate(EMPTY_DOC_SYNC_REQUEST.slice().buffer)).toBeNull();
});

/** A constructor that must never be called: the provider below never connects. */
class NoSocket {
  constructor() {
    throw new Error('no socket expected');
  }
}

test.each([
  ['ws://127.0.0.1:1234/sync', 'abc123/content', 'k3y', null],
  ['wss://boards.example/sync/', 'b-1/content', 'a key/with?odd&chars=+é', null],
  ['ws://127.0.0.1:1234/sync', 'abc123/content', 'k3y', 'p-abcdefghijklmnop.c2ln-_'],
])('the early URL is the one the provider opens (%s %s %s %s)', (server, room, key, identity) => {
  const params = syncParams(key, identity);
  const provider = new WebsocketProvider(server, room, new Y.Doc(), {
    connect: false,
    params,
    disableBc: true,
    WebSocketPolyfill: NoSocket as unknown as typeof WebSocket,
  });
  expect(providerSocketUrl(server, room, params)).toBe(provider.url);
  provider.destroy();
});

test('the content room URL of a board follows the page’s origin and scheme', () => {
  expect(contentSocketUrl({ protocol: 'https:', host: 'jb.example' }, 'board1', 'k', null)).toBe(
    'wss://jb.example/sync/board1/content?key=k',
  );
  expect(contentSocketUrl({ protocol: 'https:', host: 'jb.example' }, 'board1', 'k', 'p-a.b')).toBe(
    'wss://jb.example/sync/board1/content?key=k&identity=p-a.b',
  );
});

test('no early socket unless the page opens straight onto a board: link with key, known name, identity, online', () => {
  const location = { pathname: '/b/board1', hash: '#key=secret', protocol: 'http:', host: 'localhost:1' };
  const refuse = NoSocket as unknown as typeof WebSocket;
  const known = (boardId: string) => (boardId === 'board1' ? 'p-abcdefghijklmnop.sig' : null);
  const page = { location, displayName: 'Ann', online: true, identityToken: known };
  expect(startEarlyBoardSync({ ...page, displayName: null }, refuse)).toBe(false);
  expect(startEarlyBoardSync({ ...page, online: false }, refuse)).toBe(false);
  expect(startEarlyBoardSync({ ...page, location: { ...location, hash: '' } }, refuse)).toBe(false);
  expect(startEarlyBoardSync({ ...page, location: { ...location, pathname: '/' } }, refuse)).toBe(false);
  // A first visit: the relay has not issued this browser an identity on the board yet.
  expect(startEarlyBoardSync({ ...page, identityToken: () => null }, refuse)).toBe(false);
  // Nothing was started, so a provider opens its own socket.
  expect(takeEarlySocket(contentSocketUrl(location, 'board1', 'secret', null))).toBeNull();
});

test('a returning visit opens the socket the provider will ask for, identity included', () => {
  const opened: string[] = [];
  class FakeSocket {
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    readyState = 0;
    binaryType = 'blob';
    onopen = null;
    onmessage = null;
    onclose = null;
    onerror = null;
    constructor(url: string) {
      opened.push(url);
    }
    send() {}
    close() {
      this.readyState = 3;
    }
  }
  const location = { pathname: '/b/board1', hash: '#key=secret', protocol: 'http:', host: 'localhost:1' };
  const token = 'p-abcdefghijklmnop.sig';
  const page = { location, displayName: 'Ann', online: true, identityToken: () => token };
  expect(startEarlyBoardSync(page, FakeSocket as unknown as typeof WebSocket)).toBe(true);
  const url = contentSocketUrl(location, 'board1', 'secret', token);
  expect(opened).toEqual([url]);
  // Without the identity it is another URL: not this socket.
  expect(takeEarlySocket(contentSocketUrl(location, 'board1', 'secret', null))).toBeNull();
  expect(takeEarlySocket(url)).not.toBeNull();
  expect(takeEarlySocket(url)).toBeNull();
});
