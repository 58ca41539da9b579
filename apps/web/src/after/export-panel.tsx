import {
  actionPlanToCsv,
  type BoardSnapshot,
  exportBoard,
  measuredExport,
  measuredToCsv,
  readJourneyPersonaId,
  readMeasuredSources,
  stepsToCsv,
} from '@journeyboard/journey';
import { useMemo, useState } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { fetchFileBytes, fileUrl } from '../evidence/evidence-api';
import { buildBoardZip } from '../evidence/zip-export';
import { type Message, message } from '../i18n/i18n';
import { fillSlots, slot } from '../i18n/slots';
import { useT } from '../i18n/use-t';
import { posterLayoutOf } from './board-picture-of';
import { type BoardWords, boardTranslator, useBoardWords } from './board-words';
import { actionPlanCsvLabels, measuredCsvLabels, stepsCsvLabels } from './csv-labels';
import { downloadBlob, type ExportFileKind, exportSuffix, fileNameFor } from './download';
import { errorReason } from './error-reason';
import { exportPoster } from './export-pdf';
import { exportBoardPng } from './export-png';
import { imageThumbLoader } from './poster-thumbs';

/** The relay's import endpoint: code, the same in every language. */
const IMPORT_API = 'POST /api/boards/import';

type Job = { label: Message; fraction: number } | null;

/** Every export of the board, with progress for the ones that take a while on a big board. */
export function ExportPanel({
  board,
  journeyId,
}: {
  readonly board: BoardSnapshot;
  readonly journeyId: string | null;
}) {
  const { docs, boardId, key, title: boardTitle } = useBoard();
  const t = useT();
  const [job, setJob] = useState<Job>(null);
  const [result, setResult] = useState<Message | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const announce = usePanelStore((s) => s.announce);
  const personaId = readJourneyPersonaId(docs.content);
  // The poster is worded in the board's language; its size shows once those words are known.
  const wordsState = useBoardWords(board);
  const words = wordsState.kind === 'ready' ? wordsState.words : null;
  const layout = useMemo(
    () => (words ? posterLayoutOf({ board, journeyId, personaId, date: new Date(), words }) : null),
    [board, journeyId, personaId, words],
  );
  const title = board.meta.title || t('after.export.file-fallback');
  // The posters' evidence thumbnails, fetched like the viewer fetches them (the key in a header).
  const loadThumb = imageThumbLoader((hash) => fileUrl({ boardId, key }, hash, 'thumb'));
  // Customers' published aggregates and the service-desk figures, as they are at the moment of the export.
  const measuredNow = () => readMeasuredSources(docs.content, docs.session);

  const run = async (
    label: Message,
    work: (progress: (fraction: number, step: Message | null) => void) => Promise<Message>,
  ) => {
    setError(null);
    setResult(null);
    setJob({ label, fraction: 0 });
    try {
      const done = await work((fraction, step) => setJob({ label: step ?? label, fraction }));
      setResult(done);
      announce(t(done));
    } catch (caught) {
      setError(message('after.export.failed', { what: t(label), reason: errorReason(caught, t) }));
    } finally {
      setJob(null);
    }
  };

  // Spreadsheets are headed in the board's language (its messages may need fetching first).
  const text = (
    content: (words: BoardWords) => string,
    type: string,
    kind: ExportFileKind | null,
    extension: string,
    what: Message,
  ) => {
    setError(null);
    boardTranslator(board).then(
      (words) => {
        const name = fileNameFor(title, exportSuffix(kind, words.t), extension);
        downloadBlob(new Blob([content(words)], { type }), name);
        setResult(message('after.export.downloaded', { what: t(what) }));
      },
      (caught: unknown) =>
        setError(message('after.export.failed', { what: t(what), reason: errorReason(caught, t) })),
    );
  };

  return (
    <div className="after-section">
      <p>
        {layout
          ? t('after.export.poster-size', {
              width: Math.round(layout.width),
              height: Math.round(layout.height),
            })
          : wordsState.kind === 'failed'
            ? t('after.export.poster-size-failed')
            : t('after.export.poster-size-pending')}
      </p>
      <div className="after-export-grid">
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            void run(message('after.export.png-job'), async (progress) => {
              const words = await boardTranslator(board);
              const input = { board, journeyId, personaId, date: new Date(), words, loadThumb };
              const png = await exportBoardPng(input, progress);
              downloadBlob(png.blob, fileNameFor(title, '', 'png'));
              return message('after.export.png-done', { width: png.width, height: png.height });
            })
          }
        >
          {t('after.export.png')}
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            void run(message('after.export.pdf-job'), async (progress) => {
              const words = await boardTranslator(board);
              const blob = await exportPoster(
                { board, journeyId, personaId, date: new Date(), words, loadThumb },
                progress,
              );
              downloadBlob(blob, fileNameFor(title, exportSuffix('poster', words.t), 'pdf'));
              return message('after.export.pdf-done');
            })
          }
        >
          {t('after.export.pdf')}
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              (words) =>
                stepsToCsv(board, undefined, {
                  measured: measuredNow().cells,
                  labels: stepsCsvLabels(words.t),
                }),
              'text/csv;charset=utf-8',
              'steps',
              'csv',
              message('after.export.steps-csv-what'),
            )
          }
        >
          {t('after.export.steps-csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              (words) => measuredToCsv(board, measuredNow(), { labels: measuredCsvLabels(words.t) }),
              'text/csv;charset=utf-8',
              'measured',
              'csv',
              message('after.export.measured-csv-what'),
            )
          }
        >
          {t('after.export.measured-csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              (words) => actionPlanToCsv(board, { labels: actionPlanCsvLabels(words.t) }),
              'text/csv;charset=utf-8',
              'action-plan',
              'csv',
              message('after.export.action-plan-csv-what'),
            )
          }
        >
          {t('after.export.action-plan-csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              () =>
                `${JSON.stringify(
                  exportBoard(board, {
                    measured: measuredExport(board, measuredNow()),
                    boardTitle,
                  }),
                  null,
                  2,
                )}\n`,
              'application/json',
              null,
              'json',
              message('after.export.json-what'),
            )
          }
        >
          {t('after.export.json')}
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            void run(message('after.export.zip-job'), async (progress) => {
              const zip = await buildBoardZip(
                board,
                (hash) => fetchFileBytes({ boardId, key }, hash),
                (fraction) => progress(fraction, message('after.export.packing')),
                { measured: measuredExport(board, measuredNow()), boardTitle },
              );
              downloadBlob(
                new Blob([zip as BlobPart], { type: 'application/zip' }),
                fileNameFor(title, '', 'zip'),
              );
              return message('after.export.zip-done', { count: board.attachments.length });
            })
          }
        >
          {t('after.export.zip')}
        </button>
      </div>
      {job ? (
        <div role="status" className="after-progress">
          <label>
            {t('after.export.working', { what: t(job.label) })}
            <progress
              max={1}
              value={job.fraction}
              aria-label={t('after.export.progress', { what: t(job.label) })}
            />
          </label>
        </div>
      ) : null}
      {result ? (
        <p role="status" className="after-result">
          {t(result)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {t(error)}
        </p>
      ) : null}
      <p className="after-muted">
        {fillSlots(t('after.export.import-back', { api: slot('api') }), {
          api: <code>{IMPORT_API}</code>,
        })}
      </p>
    </div>
  );
}
