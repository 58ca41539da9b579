import { type BoardSnapshot, boardFromUpdate, docFromUpdate, restoreBoard } from '@journeyboard/journey';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { BoardImage } from './board-image';
import {
  type CheckpointSummary,
  createNamedCheckpoint,
  decodeBase64,
  fetchCheckpoint,
  fetchReplay,
  formatBytes,
  listCheckpoints,
  type ReplayFrame,
} from './history-api';

const REFRESH_MS = 15_000;
const REPLAY_STEP_MS = 900;

export function describeCheckpoint(c: CheckpointSummary): string {
  const time = new Date(c.createdAt).toLocaleString();
  return c.kind === 'named' && c.name ? `${c.name} (${time})` : `Automatic checkpoint, ${time}`;
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

  const refresh = useCallback(async () => {
    try {
      setCheckpoints(await listCheckpoints(boardId, key));
      setError(null);
    } catch (caught) {
      setError(`History unavailable: ${(caught as Error).message}`);
    }
  }, [boardId, key]);

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
      setError(`Could not open the checkpoint: ${(caught as Error).message}`);
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
        `Before restoring ${describeCheckpoint(preview.info)}`.slice(0, 80),
      ).catch(() => undefined);
      const source = docFromUpdate(preview.content);
      try {
        restoreBoard(docs.content, source, origin);
      } finally {
        source.destroy();
      }
      announce(`Board restored to ${describeCheckpoint(preview.info)}. Undo brings the previous board back.`);
      setPreview(null);
      await refresh();
    } catch (caught) {
      setError(`Could not restore: ${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const saveNamed = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      const created = await createNamedCheckpoint(boardId, key, name.trim());
      announce(`Checkpoint “${created.name}” saved`);
      setName('');
      await refresh();
    } catch (caught) {
      setError(`Could not save the checkpoint: ${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="after-section">
      {facilitator ? (
        <form className="after-inline-form" onSubmit={saveNamed}>
          <label>
            <span>Checkpoint name</span>
            <input
              className="after-input"
              value={name}
              maxLength={80}
              placeholder="e.g. End of mapping"
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={busy || !name.trim()}>
            Save checkpoint
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
          <h3 id="checkpoint-preview">Preview (read-only): {describeCheckpoint(preview.info)}</h3>
          <BoardImage board={preview.board} label="Checkpoint preview" maxWidth={640} />
          <div className="after-actions">
            {facilitator && canEdit ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void restore()}
                disabled={busy}
              >
                Restore this checkpoint
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setPreview(null)}>
              Close preview
            </button>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="checkpoint-list">
        <h3 id="checkpoint-list">Checkpoints</h3>
        {checkpoints === null ? <p role="status">Loading history…</p> : null}
        {checkpoints?.length === 0 ? (
          <p className="after-muted">
            No checkpoints yet: they are taken automatically after each burst of work.
          </p>
        ) : null}
        <ul className="after-list" aria-label="Checkpoints">
          {checkpoints?.map((c) => (
            <li key={c.id} className="after-row">
              <span>
                {c.kind === 'named' ? <strong>{c.name}</strong> : 'Automatic'}{' '}
                <time dateTime={new Date(c.createdAt).toISOString()}>
                  {new Date(c.createdAt).toLocaleString()}
                </time>{' '}
                <span className="after-muted">{formatBytes(c.bytes)}</span>
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void open(c)}
                aria-label={`Preview ${describeCheckpoint(c)}`}
              >
                Preview
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

  const load = async () => {
    try {
      const loaded = await fetchReplay(boardId, key);
      boards.current.clear();
      setFrames(loaded);
      setIndex(0);
      setPlaying(loaded.length > 1);
    } catch (caught) {
      setError(`Replay unavailable: ${(caught as Error).message}`);
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
      <h3 id="replay-heading">Replay</h3>
      {error ? <p className="field-error">{error}</p> : null}
      {frames === null ? (
        <button type="button" className="button" onClick={() => void load()}>
          Load replay
        </button>
      ) : frames.length === 0 ? (
        <p className="after-muted">Nothing to replay yet.</p>
      ) : (
        <>
          <div className="after-toolbar">
            <button
              type="button"
              className="button"
              onClick={() => setPlaying(!playing)}
              aria-pressed={playing}
            >
              {playing ? 'Pause replay' : 'Play replay'}
            </button>
            <input
              type="range"
              min={0}
              max={frames.length - 1}
              value={index}
              aria-label="Replay position"
              aria-valuetext={frame ? describeCheckpoint(frame) : ''}
              onChange={(e) => {
                setPlaying(false);
                setIndex(Number(e.target.value));
              }}
            />
            <span className="after-muted">
              {index + 1} / {frames.length}
            </span>
          </div>
          {frame && board ? (
            <>
              <p>{describeCheckpoint(frame)}</p>
              <BoardImage board={board} label="Replay frame" maxWidth={640} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
