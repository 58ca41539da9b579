import {
  type ContentLanguage,
  isContentLanguage,
  listTemplates,
  type TemplateId,
} from '@journeyboard/journey';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { ImportBoard } from '../after/import-board';
import { LanguagePicker } from '../i18n/language-picker';
import { useLanguage, useT } from '../i18n/use-t';
import { ApiError, type ApiErrorKind, createBoard } from './api-client';
import { loadLastTemplate, saveBoardLinks, saveLastTemplate } from './local-prefs';
import { navigate } from './navigation';
import { localPathOf } from './route';

export const MAX_TITLE_LENGTH = 120;

/** Why creating a board failed: the title was left empty, or the request failed (as the API said why). */
type CreateError =
  | { readonly kind: 'title-required' }
  | { readonly kind: 'failed'; readonly reason: ApiErrorKind };

/** A new board is written in its creator's language when templates exist in it, else in English. */
export function contentLanguageFor(language: string): ContentLanguage {
  return isContentLanguage(language) ? language : 'en';
}

export function StartPage() {
  const t = useT();
  const language = useLanguage();
  const templates = useMemo(() => listTemplates(contentLanguageFor(language)), [language]);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>(() => loadLastTemplate());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CreateError | null>(null);

  const appName = t('app.name');
  useEffect(() => {
    document.title = appName;
  }, [appName]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError({ kind: 'title-required' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const board = await createBoard({ title: trimmed, template, language: contentLanguageFor(language) });
      saveBoardLinks(board.id, board.links);
      saveLastTemplate(template);
      navigate(localPathOf(board.links.facilitator), { openShare: true });
    } catch (caught) {
      setError({ kind: 'failed', reason: caught instanceof ApiError ? caught.kind : 'server' });
      setBusy(false);
    }
  };

  return (
    <main className="page start-page">
      <header className="start-page__hero">
        <LanguagePicker className="start-page__language" />
        <h1>{appName}</h1>
        <p className="lead">{t('start.lead')}</p>
      </header>
      <form className="card form start-form" onSubmit={submit} noValidate aria-labelledby="new-board-title">
        <h2 id="new-board-title">{t('start.heading')}</h2>
        <label className="field">
          <span>{t('start.title-label')}</span>
          <input
            type="text"
            name="title"
            maxLength={MAX_TITLE_LENGTH}
            placeholder={t('start.title-placeholder')}
            value={title}
            aria-invalid={error && !title.trim() ? true : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <fieldset className="template-picker">
          <legend>{t('start.template')}</legend>
          {templates.map((info) => (
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
                {t('start.template-steps', { count: info.stepCount })}
              </span>
            </label>
          ))}
        </fieldset>
        {error ? (
          <p className="field-error" role="alert">
            {error.kind === 'title-required'
              ? t('start.title-required')
              : t('start.create-failed', { kind: error.reason.replace('-', '_') })}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('start.creating') : t('start.create')}
          </button>
        </div>
      </form>
      <ImportBoard />
    </main>
  );
}
