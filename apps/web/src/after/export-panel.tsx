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
import { fetchFileBytes } from '../evidence/evidence-api';
import { buildBoardZip } from '../evidence/zip-export';
import { posterLayoutOf } from './board-picture-of';
import { downloadBlob, fileNameFor } from './download';
import { exportPoster } from './export-pdf';
import { exportBoardPng } from './export-png';

type Job = { label: string; fraction: number } | null;

/** Every export of the board, with progress for the ones that take a while on a big board. */
export function ExportPanel({
  board,
  journeyId,
}: {
  readonly board: BoardSnapshot;
  readonly journeyId: string | null;
}) {
  const { docs, boardId, key } = useBoard();
  const [job, setJob] = useState<Job>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const announce = usePanelStore((s) => s.announce);
  const personaId = readJourneyPersonaId(docs.content);
  const layout = useMemo(
    () => posterLayoutOf({ board, journeyId, personaId, date: new Date() }),
    [board, journeyId, personaId],
  );
  const title = board.meta.title || 'board';
  // Customers' published aggregates and the service-desk figures, as they are at the moment of the export.
  const measuredNow = () => readMeasuredSources(docs.content, docs.session);

  const run = async (
    label: string,
    work: (progress: (fraction: number, step: string) => void) => Promise<string>,
  ) => {
    setError(null);
    setResult(null);
    setJob({ label, fraction: 0 });
    try {
      const done = await work((fraction, step) => setJob({ label: step || label, fraction }));
      setResult(done);
      announce(done);
    } catch (caught) {
      setError(`${label} failed: ${(caught as Error).message}`);
    } finally {
      setJob(null);
    }
  };

  const text = (content: string, type: string, suffix: string, extension: string, what: string) => {
    downloadBlob(new Blob([content], { type }), fileNameFor(title, suffix, extension));
    setResult(`${what} downloaded.`);
  };

  return (
    <div className="after-section">
      <p>
        {`Poster size: ${Math.round(layout.width)} × ${Math.round(layout.height)} px (the board with a header and a legend)`}
      </p>
      <div className="after-export-grid">
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            void run('PNG export', async (progress) => {
              const png = await exportBoardPng({ board, journeyId, personaId, date: new Date() }, progress);
              downloadBlob(png.blob, fileNameFor(title, '', 'png'));
              return `PNG downloaded: ${png.width} × ${png.height} pixels.`;
            })
          }
        >
          Download PNG (2×)
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            void run('PDF poster', async (progress) => {
              const blob = await exportPoster({ board, journeyId, personaId, date: new Date() }, progress);
              downloadBlob(blob, fileNameFor(title, '-poster', 'pdf'));
              return 'PDF poster downloaded.';
            })
          }
        >
          Download PDF poster
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              stepsToCsv(board, undefined, { measured: measuredNow().cells }),
              'text/csv;charset=utf-8',
              '-steps',
              'csv',
              'Steps CSV',
            )
          }
        >
          Download steps CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              measuredToCsv(board, measuredNow()),
              'text/csv;charset=utf-8',
              '-measured',
              'csv',
              'Measured figures CSV',
            )
          }
        >
          Download measured CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(actionPlanToCsv(board), 'text/csv;charset=utf-8', '-action-plan', 'csv', 'Action plan CSV')
          }
        >
          Download action plan CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            text(
              `${JSON.stringify(exportBoard(board, measuredExport(board, measuredNow())), null, 2)}\n`,
              'application/json',
              '',
              'json',
              'Board JSON',
            )
          }
        >
          Download JSON (without files)
        </button>
        <button
          type="button"
          className="button"
          disabled={job !== null}
          onClick={() =>
            void run('Board zip', async (progress) => {
              const zip = await buildBoardZip(
                board,
                (hash) => fetchFileBytes({ boardId, key }, hash),
                (fraction) => progress(fraction, 'Packing the files'),
                measuredExport(board, measuredNow()),
              );
              downloadBlob(
                new Blob([zip as BlobPart], { type: 'application/zip' }),
                fileNameFor(title, '', 'zip'),
              );
              return `Board zip downloaded: the board and its ${board.attachments.length} attached files.`;
            })
          }
        >
          Download board with files (.zip)
        </button>
      </div>
      {job ? (
        <div role="status" className="after-progress">
          <label>
            {job.label}…
            <progress max={1} value={job.fraction} aria-label={`${job.label} progress`} />
          </label>
        </div>
      ) : null}
      {result ? (
        <p role="status" className="after-result">
          {result}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <p className="after-muted">
        The .zip (the board’s JSON and its attached files) and the JSON file (without files) import back into
        an identical board from the start page (“Import a board”) or with
        <code> POST /api/boards/import</code>.
      </p>
    </div>
  );
}
