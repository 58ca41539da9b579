import { listTemplates, type TemplateId } from '@journeyboard/journey';
import { type FormEvent, useEffect, useState } from 'react';
import { ImportBoard } from '../after/import-board';
import { ApiError, createBoard } from './api-client';
import { loadLastTemplate, saveBoardLinks, saveLastTemplate } from './local-prefs';
import { navigate } from './navigation';
import { localPathOf } from './route';

const TEMPLATES = listTemplates();
export const MAX_TITLE_LENGTH = 120;

export function StartPage() {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>(() => loadLastTemplate());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Journeyboard';
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('Give the board a title, for example “New employee onboarding”.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const board = await createBoard({ title: trimmed, template });
      saveBoardLinks(board.id, board.links);
      saveLastTemplate(template);
      navigate(localPathOf(board.links.facilitator), { openShare: true });
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? `The board could not be created: ${caught.message}`
          : 'The board could not be created. Please try again.',
      );
      setBusy(false);
    }
  };

  return (
    <main className="page start-page">
      <header className="start-page__hero">
        <h1>Journeyboard</h1>
        <p className="lead">
          Map your customer’s journey together, live: stages and steps, touchpoints per channel, and the
          emotion curve that shows where the experience hurts.
        </p>
      </header>
      <form className="card form start-form" onSubmit={submit} noValidate aria-labelledby="new-board-title">
        <h2 id="new-board-title">Start a new board</h2>
        <label className="field">
          <span>Board title</span>
          <input
            type="text"
            name="title"
            maxLength={MAX_TITLE_LENGTH}
            placeholder="e.g. New employee onboarding"
            value={title}
            aria-invalid={error && !title.trim() ? true : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <fieldset className="template-picker">
          <legend>Template</legend>
          {TEMPLATES.map((info) => (
            <label key={info.id} className={`template-option ${template === info.id ? 'is-selected' : ''}`}>
              <input
                type="radio"
                name="template"
                value={info.id}
                checked={template === info.id}
                aria-labelledby={`template-${info.id}-name`}
                aria-describedby={`template-${info.id}-description`}
                onChange={() => setTemplate(info.id)}
              />
              <span id={`template-${info.id}-name`} className="template-option__name">
                {info.name}
              </span>
              <span id={`template-${info.id}-description`} className="template-option__description">
                {info.description}
              </span>
              <span className="template-option__meta">
                {info.stepCount === 0 ? 'Empty board' : `${info.stepCount} steps to start from`}
              </span>
            </label>
          ))}
        </fieldset>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create board'}
          </button>
        </div>
      </form>
      <ImportBoard />
    </main>
  );
}
