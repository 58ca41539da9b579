import { useEffect, useState } from 'react';

export interface Draft {
  readonly draft: string;
  readonly setDraft: (text: string) => void;
  readonly editing: boolean;
  readonly setEditing: (editing: boolean) => void;
}

/**
 * The text of a field bound to a shared value: while the user is in the field their draft is theirs, so
 * a peer's change does not overwrite what they are typing; once they leave, the field follows the
 * shared value again.
 */
export function useDraft(value: string): Draft {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  return { draft, setDraft, editing, setEditing };
}
