import { describe, expect, it } from 'vitest';
import { editBlock } from './edit-permission';

describe('editBlock', () => {
  it('never lets observers edit', () => {
    expect(editBlock('observer', false, false)).toBe('observer');
    expect(editBlock('observer', true, true)).toBe('observer');
  });

  it('locks participants but not the facilitator', () => {
    expect(editBlock('participant', true, false)).toBe('locked');
    expect(editBlock('facilitator', true, false)).toBeNull();
    expect(editBlock('participant', false, false)).toBeNull();
  });

  it('protects documents from a newer version', () => {
    expect(editBlock('facilitator', false, true)).toBe('newer-version');
  });
});
