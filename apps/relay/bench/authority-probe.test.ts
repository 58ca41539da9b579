import { CloseCode } from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoard, keyOf, startTestRelay, type TestRelay } from '../src/test-support/relay-fixture';
import { authorityFigures, expectAuthority, probeAuthority } from './authority-probe';

describe('the benchmarks’ authority probe', () => {
  let relay: TestRelay | undefined;
  afterEach(async () => {
    await relay?.stop();
    relay = undefined;
  });

  it('is refused with 4422 by a judging relay, and counted as refused, nothing accepted', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay);
    const url = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.participant)}`;
    expect(await probeAuthority(url)).toBe(CloseCode.updateRefused);
    await expectAuthority([url]);
    expect(await authorityFigures([relay.url])).toEqual({ accepted: [0], refused: [2] });
  });

  it('fails when the relay does not answer with 4422 (here: an unknown board)', async () => {
    relay = await startTestRelay();
    const url = `${relay.wsUrl}/sync/no-such-board/content?key=nothing`;
    await expect(expectAuthority([url])).rejects.toThrow(/did not refuse a forbidden update/);
  });
});
