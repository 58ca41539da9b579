import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { MAX_NAME_LENGTH, normaliseDisplayName } from './local-prefs';

interface NameFormProps {
  readonly initial: string;
  readonly intro: ReactNode;
  readonly submitLabel: string;
  readonly onSubmit: (name: string) => void;
  /** Shown as a secondary button when the form may be left without a name (renaming, not joining). */
  readonly onCancel?: () => void;
}

/** The display-name field of the name prompt and of "Change your name": one validation for both. */
export function NameForm({ initial, intro, submitLabel, onSubmit, onCancel }: NameFormProps) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<'required' | null>(null);
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The host <dialog> opens (showModal) in its own effect, which runs after ours and focuses its first
  // control, the Close button; the field is what the person came for, so take focus back right after.
  useEffect(() => {
    let active = true;
    queueMicrotask(() => {
      if (active) input.current?.focus();
    });
    return () => {
      active = false;
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = normaliseDisplayName(value);
    if (!name) {
      setError('required');
      return;
    }
    onSubmit(name);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{intro}</p>
      <label className="field">
        <span>{t('name.label')}</span>
        <input
          ref={input}
          type="text"
          name="display-name"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {t('name.required')}
        </p>
      ) : null}
      <div className="actions">
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
