import { memo, type Ref, useId } from 'react';
import { useDraft } from './use-draft';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly readOnly?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly inputMode?: 'numeric' | 'text';
}

/**
 * A field that edits a draft and commits on blur or Enter, so one edit is one undo step and a peer's
 * change to the same field shows up as soon as we are not typing in it. Escape leaves the field and keeps
 * what was typed (it is saved like any other way out): nothing typed is ever silently dropped.
 */
export const TextField = memo(function TextField({
  label,
  value,
  onCommit,
  multiline = false,
  readOnly = false,
  placeholder,
  hint,
  inputRef,
  inputMode,
}: TextFieldProps) {
  const id = useId();
  const { draft, setDraft, setEditing } = useDraft(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    readOnly,
    placeholder,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: () => setEditing(true),
    onBlur: () => {
      setEditing(false);
      commit();
    },
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={2}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.currentTarget.blur();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              commit();
            }
          }}
        />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type="text"
          inputMode={inputMode}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.currentTarget.blur();
            }
          }}
        />
      )}
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
});

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly disabled?: boolean;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
