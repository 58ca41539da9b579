import { memo, useId } from 'react';
import { saveOnEnterOrEscape } from '../look/field-keys';
import { useDraft } from '../panels/use-draft';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly disabled?: boolean;
}

/**
 * A text input that writes to the shared document when the user leaves it or presses Enter or Escape,
 * not on every keystroke, and picks up a peer's change while it is not being edited.
 */
export const CommitField = memo(function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  placeholder,
  disabled,
}: CommitFieldProps) {
  const id = useId();
  const { draft, setDraft, setEditing } = useDraft(value);
  const commit = () => {
    setEditing(false);
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    disabled,
    onFocus: () => setEditing(true),
    onBlur: commit,
  };
  return (
    <div className="workshop-field workshop-field--stacked">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) =>
            saveOnEnterOrEscape(e, () => {
              if (draft !== value) onCommit(draft);
            })
          }
        />
      )}
    </div>
  );
});
