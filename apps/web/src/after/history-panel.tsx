import { type BoardSnapshot, boardFromUpdate, docFromUpdate, restoreBoard } from '@journeyboard/journey';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { keyboardOnPage } from '../board/arrival-focus';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { formatBytes, formatDateTime } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import { useLanguage, useT } from '../i18n/use-t';
import { BoardImage } from './board-image';
import { errorReason } from './error-reason';
import {
  type CheckpointSummary,
  createNamedCheckpoint,
  decodeBase64,
  fetchCheckpoint,
  fetchReplay,
  listCheckpoints,
  type ReplayFrame,
} from './history-api';

const REFRESH_MS = 15_000;
const REPLAY_STEP_MS = 900;

export function describeCheckpoint(c: CheckpointSummary, t: Translate, language: string): string {
  const time = formatDateTime(language, c.createdAt);
  return c.kind === 'named' && c.name
    ? t('after.history.named', { name: c.name, time })
    : t('after.history.automatic-at', { time });
}

/** Describes checkpoints in the reader's language. */
function useDescribe(): (c: CheckpointSummary) => string {
  const t = useT();
  const language = useLanguage();
  return (c) => describeCheckpoint(c, t, language);
}

/** The board's checkpoints: list, read-only preview, restore in place, name one, and replay. */
export function HistoryPanel({ canEdit }: { readonly canEdit: boolean }) {
  const { boardId, key, role, docs, origin } = useBoard();
  const facilitator = role === 'facilitator';
  const [checkpoints, setCheckpoints] = useState<CheckpointSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{
    info: CheckpointSummary;
    board: BoardSnapshot;
    content: Uint8Array;
  } | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const announce = usePanelStore((s) => s.announce);
  const t = useT();
  const language = useLanguage();
  const describe = useDescribe();

  const refresh = useCallback(async () => {
    try {
      setCheckpoints(await listCheckpoints(boardId, key));
      setError(null);
    } catch (caught) {
      setError(t('after.history.unavailable', { reason: errorReason(caught, t) }));
    }
  }, [boardId, key, t]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const open = async (info: CheckpointSummary) => {
    try {
      const data = await fetchCheckpoint(boardId, key, info.id);
      const content = decodeBase64(data.docs.content);
      setPreview({ info, board: boardFromUpdate(content), content });
    } catch (caught) {
      setError(t('after.history.open-failed', { reason: errorReason(caught, t) }));
    }
  };

  const restore = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      // The state being replaced is kept as a checkpoint of its own, so a restore never loses anything.
      await createNamedCheckpoint(
        boardId,
        key,
        t('after.history.before-restore', { checkpoint: describe(preview.info) }).slice(0, 80),
      ).catch(() => undefined);
      const source = docFromUpdate(preview.content);
      try {
        restoreBoard(docs.content, source, origin);
      } finally {
        source.destroy();
      }
      announce(t('after.history.restored', { checkpoint: describe(preview.info) }));
      setPreview(null);
      await refresh();
    } catch (caught) {
      setError(t('after.history.restore-failed', { reason: errorReason(caught, t) }));
    } finally {
      setBusy(false);
    }
  };

  // Saving disables the button pressed (busy, then an empty name): the keyboard goes back to the field.
  const nameField = useRef<HTMLInputElement>(null);
  const saveNamed = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      const created = await createNamedCheckpoint(boardId, key, name.trim());
      announce(t('after.history.saved', { name: created.name ?? name.trim() }));
      setName('');
      await refresh();
    } catch (caught) {
      setError(t('after.history.save-failed', { reason: errorReason(caught, t) }));
    } finally {
      setBusy(false);
      // Only if it fell to the page: someone who moved on meanwhile keeps their place.
      if (keyboardOnPage()) nameField.current?.focus();
    }
  };

  return (
    <div className="after-section">
      {facilitator ? (
        <form className="after-inline-form" onSubmit={saveNamed}>
          <label>
            <span>{t('after.history.name')}</span>
            <input
              ref={nameField}
              className="after-input"
              value={name}
              maxLength={80}
              placeholder={t('after.history.name-placeholder')}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={busy || !name.trim()}>
            {t('after.history.save')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <section className="after-preview" aria-labelledby="checkpoint-preview">
          <h3 id="checkpoint-preview">
            {t('after.history.preview-heading', { checkpoint: describe(preview.info) })}
          </h3>
          <BoardImage board={preview.board} label={t('after.history.preview-label')} maxWidth={640} />
          <div className="after-actions">
            {facilitator && canEdit ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void restore()}
                disabled={busy}
              >
                {t('after.history.restore')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('after.history.close-preview')}
            </button>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="checkpoint-list">
        <h3 id="checkpoint-list">{t('after.history.checkpoints')}</h3>
        {checkpoints === null ? <p role="status">{t('after.history.loading')}</p> : null}
        {checkpoints?.length === 0 ? <p className="after-muted">{t('after.history.none')}</p> : null}
        <ul className="after-list" aria-label={t('after.history.checkpoints')}>
          {checkpoints?.map((c) => (
            <li key={c.id} className="after-row">
              <span>
                {c.kind === 'named' ? <strong>{c.name}</strong> : t('after.history.automatic')}{' '}
                <time dateTime={new Date(c.createdAt).toISOString()}>
                  {formatDateTime(language, c.createdAt)}
                </time>{' '}
                <span className="after-muted">{formatBytes(language, c.bytes)}</span>
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void open(c)}
                aria-label={t('after.history.preview-of', { checkpoint: describe(c) })}
              >
                {t('after.history.preview')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <Replay />
    </div>
  );
}

function Replay() {
  const { boardId, key } = useBoard();
  const [frames, setFrames] = useState<ReplayFrame[] | null>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const boards = useRef(new Map<number, BoardSnapshot>());
  const t = useT();
  const describe = useDescribe();

  const load = async () => {
    try {
      const loaded = await fetchReplay(boardId, key);
      boards.current.clear();
      setFrames(loaded);
      setIndex(0);
      setPlaying(loaded.length > 1);
    } catch (caught) {
      setError(t('after.history.replay-unavailable', { reason: errorReason(caught, t) }));
    }
  };

  useEffect(() => {
    if (!playing || !frames) return;
    const timer = setInterval(() => {
      setIndex((i) => {
        if (i + 1 >= frames.length) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, REPLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, frames]);

  const frame = frames?.[index];
  let board: BoardSnapshot | null = null;
  if (frame) {
    board = boards.current.get(frame.id) ?? boardFromUpdate(decodeBase64(frame.content));
    boards.current.set(frame.id, board);
  }

  return (
    <section aria-labelledby="replay-heading">
      <h3 id="replay-heading">{t('after.history.replay')}</h3>
      {error ? <p className="field-error">{error}</p> : null}
      {frames === null ? (
        <button type="button" className="button" onClick={() => void load()}>
          {t('after.history.load-replay')}
        </button>
      ) : frames.length === 0 ? (
        <p className="after-muted">{t('after.history.nothing-to-replay')}</p>
      ) : (
        <>
          <div className="after-toolbar">
            <button
              type="button"
              className="button"
              onClick={() => setPlaying(!playing)}
              aria-pressed={playing}
            >
              {playing ? t('after.history.pause') : t('after.history.play')}
            </button>
            <input
              type="range"
              min={0}
              max={frames.length - 1}
              value={index}
              aria-label={t('after.history.position')}
              aria-valuetext={frame ? describe(frame) : ''}
              onChange={(e) => {
                setPlaying(false);
                setIndex(Number(e.target.value));
              }}
            />
            <span className="after-muted">
              {t('after.history.frame-of', { index: index + 1, count: frames.length })}
            </span>
          </div>
          {frame && board ? (
            <>
              <p>{describe(frame)}</p>
              <BoardImage board={board} label={t('after.history.frame')} maxWidth={640} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
