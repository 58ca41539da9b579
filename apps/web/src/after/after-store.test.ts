import { beforeEach, describe, expect, test } from 'vitest';
import { useAfterStore } from './after-store';

describe('after-the-workshop panel state', () => {
  beforeEach(() => useAfterStore.setState({ tab: null, journeyId: null, focusOpportunityId: null }));

  test('toggle opens on the moments of truth and closes', () => {
    useAfterStore.getState().toggle();
    expect(useAfterStore.getState().tab).toBe('moments');
    useAfterStore.getState().toggle();
    expect(useAfterStore.getState().tab).toBeNull();
  });

  test('changing tabs drops a pending focus request', () => {
    useAfterStore.setState({ tab: 'actions', focusOpportunityId: 'o1' });
    useAfterStore.getState().open('future');
    expect(useAfterStore.getState()).toMatchObject({ tab: 'future', focusOpportunityId: null });
    useAfterStore.setState({ tab: 'actions', focusOpportunityId: 'o2' });
    useAfterStore.getState().close();
    expect(useAfterStore.getState().focusOpportunityId).toBeNull();
  });
});
