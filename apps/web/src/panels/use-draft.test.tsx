// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Draft, useDraft } from './use-draft';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let latest: Draft | null = null;
function Probe({ value }: { readonly value: string }) {
  latest = useDraft(value);
  return null;
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  latest = null;
});

const current = (): Draft => {
  if (!latest) throw new Error('not rendered');
  return latest;
};

describe('useDraft', () => {
  it('starts from the shared value and follows it while nobody edits', () => {
    act(() => root.render(<Probe value="Phone" />));
    expect(current().draft).toBe('Phone');
    act(() => root.render(<Probe value="Telephone" />));
    expect(current().draft).toBe('Telephone');
  });

  it('keeps the draft of the user editing when a peer changes the value', () => {
    act(() => root.render(<Probe value="Phone" />));
    act(() => {
      current().setEditing(true);
      current().setDraft('Pho');
    });
    act(() => root.render(<Probe value="Telephone" />));
    expect(current().draft).toBe('Pho');
    expect(current().editing).toBe(true);
  });

  it('takes the shared value again once the user leaves the field', () => {
    act(() => root.render(<Probe value="Phone" />));
    act(() => {
      current().setEditing(true);
      current().setDraft('Pho');
    });
    act(() => root.render(<Probe value="Telephone" />));
    act(() => current().setEditing(false));
    expect(current().draft).toBe('Telephone');
  });
});
