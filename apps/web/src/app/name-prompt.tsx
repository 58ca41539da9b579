import { type FormEvent, useState } from 'react';
import { Dialog } from './dialog';
import { MAX_NAME_LENGTH, normaliseDisplayName } from './local-prefs';

interface NamePromptProps {
  readonly boardTitle: string;
  readonly onSubmit: (name: string) => void;
}

export function NamePrompt({ boardTitle, onSubmit }: NamePromptProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = normaliseDisplayName(value);
    if (!name) {
      setError('Please enter a name so others know who is editing.');
      return;
    }
    onSubmit(name);
  };
  return (
    <Dialog title="What should we call you?">
      <form className="form" onSubmit={submit} noValidate>
        <p>
          You are joining <strong>{boardTitle}</strong>. Others on the board will see this name next to your
          cursor. It is remembered on this device.
        </p>
        <label className="field">
          <span>Your name</span>
          <input
            autoFocus
            type="text"
            name="display-name"
            autoComplete="name"
            maxLength={MAX_NAME_LENGTH}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'name-error' : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
        </label>
        {error ? (
          <p id="name-error" className="field-error">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--primary">
            Join board
          </button>
        </div>
      </form>
    </Dialog>
  );
}
