import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessMessage, writeVarUint } from './awareness-broadcast';

describe('awareness frames', () => {
  it('encodes var uints like lib0', () => {
    const bytes = (n: number) => {
      const out: number[] = [];
      writeVarUint(out, n);
      return out;
    };
    expect(bytes(0)).toEqual([0]);
    expect(bytes(127)).toEqual([127]);
    expect(bytes(128)).toEqual([0x80, 1]);
    expect(bytes(300)).toEqual([0xac, 0x02]);
  });

  it('produces a frame a peer awareness can apply', () => {
    const sender = new awarenessProtocol.Awareness(new Y.Doc());
    sender.setLocalState({ user: { name: 'Ada' }, cursor: { x: 1, y: 2 } });
    const update = awarenessProtocol.encodeAwarenessUpdate(sender, [sender.clientID]);
    const frame = awarenessMessage(update);
    expect(frame[0]).toBe(1);
    // Decode the length prefix and hand the payload to a receiving awareness.
    let offset = 1;
    let length = 0;
    let shift = 0;
    for (;;) {
      const byte = frame[offset++] ?? 0;
      length += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    const payload = frame.slice(offset, offset + length);
    expect(payload).toEqual(update);
    const receiver = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(receiver, payload, 'test');
    expect(receiver.getStates().get(sender.clientID)).toEqual({
      user: { name: 'Ada' },
      cursor: { x: 1, y: 2 },
    });
    sender.destroy();
    receiver.destroy();
  });
});
