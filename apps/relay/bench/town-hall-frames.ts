import { OBSERVER_COUNT_CLIENT_ID } from '@journeyboard/journey';
import * as decoding from 'lib0/decoding';
import { readAwarenessEntries } from '../src/sync/protocol';

/** What the town hall's observers (town-hall-observer.ts) read in the relay's frames, without a Y.Doc. */

const STRING_TAG = 119;

/** Send times written by the writers in this frame (a sync update message: 0, 2, …). */
export function sendTimesIn(frame: Uint8Array, earliest: number, latest: number): number[] {
  const found: number[] = [];
  for (let index = 0; index + 2 < frame.length; index++) {
    if (frame[index] !== STRING_TAG) continue;
    const length = frame[index + 1]!;
    if (length < 13 || length > 24 || index + 2 + length > frame.length) continue;
    let text = '';
    for (let offset = 0; offset < length; offset++) {
      const code = frame[index + 2 + offset]!;
      if ((code < 48 || code > 57) && code !== 46) {
        text = '';
        break;
      }
      text += String.fromCharCode(code);
    }
    const value = Number(text);
    if (text && value >= earliest && value <= latest) found.push(value);
  }
  return found;
}

/** The board's observer count in an awareness frame (1, its update), if the relay's entry is in it. */
export function observerCountIn(frame: Uint8Array): number | null {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== 1) return null;
  const entry = readAwarenessEntries(decoding.readVarUint8Array(decoder)).find(
    ({ clientId }) => clientId === OBSERVER_COUNT_CLIENT_ID,
  );
  if (!entry) return null;
  const state = JSON.parse(new TextDecoder().decode(entry.json)) as { observers?: unknown } | null;
  return typeof state?.observers === 'number' ? state.observers : null;
}
