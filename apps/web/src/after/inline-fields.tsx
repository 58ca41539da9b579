import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { saveOnEnterOrEscape } from '../look/field-keys';

/**
 * A text (or date/number) input that shows the shared value but keeps what the user is typing until they
 * leave the field or press Enter, then commits once. Escape saves what was typed too; the keyboard stays
 * in the field either way.
 */
export function InlineInput({
  value,
  onCommit,
  label,
  type = 'text',
  min,
  className,
}: {
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly label: string;
  readonly type?: 'text' | 'date' | 'number';
  readonly min?: number;
  readonly className?: string;
}) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const commit = () => {
    editing.current = false;
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    saveOnEnterOrEscape(event, () => {
      if (draft !== value) onCommit(draft);
    });
  return (
    <input
      className={className ?? 'after-input'}
      type={type}
      min={min}
      aria-label={label}
      value={draft}
      onFocus={() => {
        editing.current = true;
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        // A date picker or number spinner is a complete choice: no reason to wait for blur.
        if (type !== 'text' && event.target.value !== value && document.activeElement !== event.target) {
          onCommit(event.target.value);
        }
      }}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
