import { describe, expect, it } from 'vitest';
import { editLabel } from './edit-label';

describe('the in-place editor’s name', () => {
  it('names every field a person can edit on the board', () => {
    expect(editLabel({ kind: 'step', stepId: 's', field: 'title' })).toBe('Step title');
    expect(editLabel({ kind: 'step', stepId: 's', field: 'durationMinutes' })).toBe('Step duration');
    expect(editLabel({ kind: 'step', stepId: 's', field: 'feeling' })).toBe('Feeling');
    expect(editLabel({ kind: 'step', stepId: 's', field: 'owner' })).toBe('Step owner');
    expect(editLabel({ kind: 'note', noteId: 'n' })).toBe('Note text');
    expect(editLabel({ kind: 'stage', stageId: 's' })).toBe('Stage title');
    expect(editLabel({ kind: 'channel', channelId: 'c' })).toBe('Channel name');
    expect(editLabel({ kind: 'lane', laneId: 'l' })).toBe('Lane title');
  });
});
