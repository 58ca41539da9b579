import { memo } from 'react';
import type { EditBlock } from '../board/edit-permission';

/** Tells people why they cannot edit: the relay enforces it, the UI explains it. */
export const RoleNotice = memo(function RoleNotice({ block }: { readonly block: EditBlock }) {
  if (block === 'observer') {
    return (
      <span
        className="badge badge--view-only"
        title="You are observing: you see every change live but cannot edit."
      >
        View only
      </span>
    );
  }
  if (block === 'locked') {
    return (
      <span className="badge badge--locked" role="status">
        Locked by the facilitator — editing is paused
      </span>
    );
  }
  if (block === 'newer-version') {
    return (
      <span className="badge badge--locked" role="status">
        Made with a newer Journeyboard — read only here
      </span>
    );
  }
  return null;
});
