import { parseBoardExport } from '@journeyboard/journey';
import { useState } from 'react';
import * as z from 'zod/mini';
import { ApiError, errorKindForStatus, parseBody } from '../app/api-client';
import { FileButton } from '../app/file-button';
import { saveBoardLinks } from '../app/local-prefs';
import { navigate } from '../app/navigation';
import { localPathOf } from '../app/route';
import { type Message, message } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { errorReason } from './error-reason';

const createdSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  links: z.object({
    facilitator: z.url(),
    participant: z.url(),
    observer: z.url(),
  }),
});

/**
 * Uploads an export (JSON text, or the bytes of a .zip with its files); the relay creates a new board
 * from it and we open it as facilitator.
 */
export async function importBoardFile(file: string | Uint8Array, fetcher: typeof fetch = fetch) {
  const response = await fetcher('/api/boards/import', {
    method: 'POST',
    headers: { 'Content-Type': typeof file === 'string' ? 'application/json' : 'application/zip' },
    body: file as BodyInit,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const detail =
      body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
        ? body.error
        : `HTTP ${response.status}`;
    const path =
      body && typeof body === 'object' && 'path' in body && typeof body.path === 'string'
        ? ` (at ${body.path})`
        : '';
    throw new ApiError(errorKindForStatus(response.status), `${detail}${path}`, response.status);
  }
  return parseBody(createdSchema, body);
}

/** The start page's "Import a board" form. */
export function ImportBoard() {
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        // A zip export (board and files): the relay checks it whole.
        const board = await importBoardFile(bytes);
        saveBoardLinks(board.id, board.links);
        navigate(localPathOf(board.links.facilitator), { openShare: false });
        return;
      }
      const text = new TextDecoder().decode(bytes);
      // Checked here first so a wrong file gets a precise message without a round trip.
      const parsed = parseBoardExport(text);
      if (!parsed.ok) {
        setError(
          parsed.error.path
            ? message('after.import.not-export-at', { reason: parsed.error.message, path: parsed.error.path })
            : message('after.import.not-export', { reason: parsed.error.message }),
        );
        return;
      }
      const board = await importBoardFile(text);
      saveBoardLinks(board.id, board.links);
      navigate(localPathOf(board.links.facilitator), { openShare: false });
    } catch (caught) {
      setError(message('after.import.failed', { reason: errorReason(caught, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card form" aria-labelledby="import-board-title">
      <h2 id="import-board-title">{t('after.import.title')}</h2>
      <p>{t('after.import.intro')}</p>
      <FileButton
        label={t('after.import.file')}
        choose={t('after.import.choose')}
        accept="application/json,.json,application/zip,.zip"
        onFile={(file) => void onFile(file)}
        disabled={busy}
      />
      {busy ? <p role="status">{t('after.import.busy')}</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </section>
  );
}
