import { describe, expect, it } from 'vitest';
import { dropParent } from './canvas-drop';

describe('dropParent', () => {
  it('attaches to the note or the step under the pointer, and to nothing elsewhere', () => {
    expect(dropParent({ kind: 'note', noteId: 'n1' })).toEqual({ kind: 'note', id: 'n1' });
    expect(dropParent({ kind: 'card', stepId: 's1' })).toEqual({ kind: 'step', id: 's1' });
    expect(dropParent({ kind: 'cell', stepId: 's2', laneId: 'l', field: null })).toEqual({
      kind: 'step',
      id: 's2',
    });
    expect(dropParent({ kind: 'background' })).toBeNull();
    expect(dropParent({ kind: 'lane', laneId: 'l' })).toBeNull();
  });
});
