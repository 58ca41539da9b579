// @vitest-environment jsdom
import { readSession, type SessionSnapshot, startSessionTimer } from '@journeyboard/journey';
import { act, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useSessionSelector } from '../workshop/use-session';
import { docVersion, useDocValue } from './use-doc-value';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let shown: string[] = [];
let roots: ReturnType<typeof createRoot>[] = [];

afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  roots = [];
  shown = [];
});

function mount(element: React.ReactElement) {
  const root = createRoot(document.createElement('div'));
  roots.push(root);
  return act(async () => root.render(element));
}

const selectTimerStatus = (session: SessionSnapshot) => session.timer.status;

/** Shows the timer's status; on its first render, `between` changes the document before React subscribes. */
function TimerStatus({ doc, between }: { doc: Y.Doc; between?: () => void }) {
  shown.push(useSessionSelector(doc, selectTimerStatus));
  if (between && shown.length === 1) between();
  return null;
}

let reads = 0;

/** Shows the number under `n`, counting how often the document is read for it. */
function Counter({ doc }: { doc: Y.Doc }) {
  const read = useCallback(() => {
    reads++;
    return doc.getMap('m').get('n') ?? 0;
  }, [doc]);
  const observe = useCallback(
    (next: (value: unknown) => void) => {
      const observer = () => next(doc.getMap('m').get('n') ?? 0);
      doc.getMap('m').observe(observer);
      return () => doc.getMap('m').unobserve(observer);
    },
    [doc],
  );
  shown.push(String(useDocValue(doc, read, observe)));
  return null;
}

describe('useDocValue', () => {
  it('shows a change that lands between the render and the subscription (a sync answer while mounting)', async () => {
    const doc = new Y.Doc();
    await mount(<TimerStatus doc={doc} between={() => startSessionTimer(doc, 60_000, 'facilitator')} />);
    expect(readSession(doc).timer.status).toBe('running');
    // Without reading again on subscribe, the first render's "idle" stayed until some later change.
    expect(shown.at(-1)).toBe('running');
  });

  it('re-renders on later changes and not when the selected value stays the same', async () => {
    const doc = new Y.Doc();
    await mount(<TimerStatus doc={doc} />);
    expect(shown).toEqual(['idle']);
    await act(async () => startSessionTimer(doc, 60_000, 'facilitator'));
    expect(shown).toEqual(['idle', 'running']);
    await act(async () => doc.getMap('session').set('spotlightStepId', 'step-1'));
    expect(shown).toEqual(['idle', 'running']);
  });

  it('keeps the cached value when nothing changed before the subscription', async () => {
    const doc = new Y.Doc();
    reads = 0;
    await mount(<Counter doc={doc} />);
    expect(reads).toBe(1);
    expect(shown).toEqual(['0']);
    await act(async () => doc.getMap('m').set('n', 2));
    expect(shown).toEqual(['0', '2']);
  });
});

describe('docVersion', () => {
  it('counts the transactions of a document', () => {
    const doc = new Y.Doc();
    const before = docVersion(doc);
    doc.getMap('m').set('a', 1);
    doc.transact(() => {
      doc.getMap('m').set('b', 2);
      doc.getMap('m').set('c', 3);
    });
    expect(docVersion(doc)).toBe(before + 2);
  });
});
