import {
  type Columns,
  FIELD_LABELS,
  type ImportProblem,
  REQUIRED_FIELDS,
  type ServiceDeskFigure,
  type Step,
  TICKET_FIELDS,
  type TicketField,
  writeServiceDeskFigures,
} from '@journeyboard/journey';
import { useEffect, useRef, useState } from 'react';
import { attempt } from '../../board/edit-actions';
import { useEdit } from '../../board/use-edit';
import type { WorkerAnswer, WorkerRequest } from './import-protocol';
import { delimiterName } from './parse-file';

type Parsed = Extract<WorkerAnswer, { kind: 'parsed' }>;
type Stage =
  | { kind: 'choose' }
  | { kind: 'working'; text: string }
  | { kind: 'refused'; message: string }
  | { kind: 'map'; parsed: Parsed }
  | { kind: 'done'; text: string };

const problemText = (p: ImportProblem) =>
  `Line ${p.line}${p.column ? `, column “${p.column}”` : ''}: ${p.message}. Nothing was imported.`;

/**
 * Importing a service desk's ticket export (TOPdesk, SysAid, Zendesk…): choose the file, see a preview,
 * map its columns and its categories or channels to the journey's steps, import. Parsing and checking run
 * in a worker with progress; a file with a problem is refused whole, naming the line and column.
 */
export function ServiceDeskImport({
  steps,
  onClose,
}: {
  readonly steps: readonly Step[];
  readonly onClose: () => void;
}) {
  const edit = useEdit();
  const worker = useRef<Worker | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [columns, setColumns] = useState<Columns>({});
  const [values, setValues] = useState<{ categories: string[]; channels: string[] }>({
    categories: [],
    channels: [],
  });
  const [byCategory, setByCategory] = useState<Record<string, string>>({});
  const [byChannel, setByChannel] = useState<Record<string, string>>({});

  useEffect(() => {
    const w = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    return () => w.terminate();
  }, []);
  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'progress') {
        const share = answer.total > 1 ? ` (${Math.round((answer.done / answer.total) * 100)}%)` : '';
        setStage({ kind: 'working', text: `${answer.stage}…${share}` });
      } else if (answer.kind === 'parse-failed') setStage({ kind: 'refused', message: answer.message });
      else if (answer.kind === 'parsed') {
        setColumns(answer.proposal);
        setValues({ categories: answer.categories, channels: answer.channels });
        setStage({ kind: 'map', parsed: answer });
      } else if (answer.kind === 'values') setValues(answer);
      else if (answer.kind === 'figures-failed')
        setStage({ kind: 'refused', message: problemText(answer.problem) });
      else if (answer.kind === 'figures') {
        const figures = new Map(
          answer.figures.map(([stepId, months]) => [stepId, new Map<string, ServiceDeskFigure>(months)]),
        );
        const written = edit((doc, origin) => attempt(() => writeServiceDeskFigures(doc, figures, origin)));
        const months = new Set(answer.figures.flatMap(([, m]) => m.map(([month]) => month)));
        setStage(
          written.ok
            ? {
                kind: 'done',
                text: `Imported ${answer.tickets} tickets into ${figures.size} steps for ${[...months].sort().join(', ') || 'no month'}; ${answer.unmapped} matched no step.`,
              }
            : { kind: 'refused', message: `The figures could not be stored: ${written.message}` },
        );
      }
    };
  }, [edit]);

  const post = (request: WorkerRequest, transfer: Transferable[] = []) =>
    worker.current?.postMessage(request, transfer);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'working', text: `Reading ${file.name}…` });
    const bytes = await file.arrayBuffer();
    post({ kind: 'parse', bytes }, [bytes]);
  };
  const setColumn = (field: TicketField, value: string) => {
    const next = { ...columns, [field]: value === '' ? undefined : Number(value) };
    setColumns(next);
    if (field === 'category' || field === 'channel')
      post({ kind: 'values', category: next.category, channel: next.channel });
  };
  const run = () => {
    setStage({ kind: 'working', text: 'Checking the tickets…' });
    post({ kind: 'figures', columns, mapping: { byCategory, byChannel } });
  };

  return (
    <section className="feedback-panel__section" aria-labelledby="service-desk-import-title">
      <h3 id="service-desk-import-title">Import service-desk tickets</h3>
      <label>
        CSV export (comma, semicolon or tab; UTF-8 or Windows-1252)
        <input type="file" accept=".csv,.txt,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {stage.kind === 'working' && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {stage.text}
        </p>
      )}
      {stage.kind === 'refused' && <p role="alert">{stage.message}</p>}
      {stage.kind === 'done' && <p role="status">{stage.text}</p>}
      {stage.kind === 'map' && (
        <MappingForm
          parsed={stage.parsed}
          columns={columns}
          setColumn={setColumn}
          values={values}
          steps={steps}
          byCategory={byCategory}
          byChannel={byChannel}
          setByCategory={setByCategory}
          setByChannel={setByChannel}
          onImport={run}
        />
      )}
      <button type="button" className="button" onClick={onClose}>
        Close import
      </button>
    </section>
  );
}

function MappingForm(props: {
  parsed: Parsed;
  columns: Columns;
  setColumn: (field: TicketField, value: string) => void;
  values: { categories: string[]; channels: string[] };
  steps: readonly Step[];
  byCategory: Record<string, string>;
  byChannel: Record<string, string>;
  setByCategory: (m: Record<string, string>) => void;
  setByChannel: (m: Record<string, string>) => void;
  onImport: () => void;
}) {
  const { parsed, columns, steps } = props;
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  // Columns are positional (two may share a name): keyed by place.
  const cols = parsed.headers.map((name, index) => ({ name, index, id: `${index}:${name}` }));
  const rows = parsed.preview.map((cells, index) => ({ cells, id: `row-${index}` }));
  const stepSelect = (label: string, value: string | undefined, onChange: (v: string) => void) => (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      <option value="">No step</option>
      {steps.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title || 'Untitled step'}
        </option>
      ))}
    </select>
  );
  return (
    <div className="service-desk-map">
      <p>
        {parsed.rowCount} rows, {parsed.encoding}, separated by {delimiterName(parsed.delimiter)}.
      </p>
      <div className="service-desk-map__preview">
        <table className="feedback-panel__table">
          <caption>The first rows</caption>
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {cols.map((c) => (
                  <td key={c.id}>{row.cells[c.index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>Columns</legend>
        {TICKET_FIELDS.map((field) => (
          <label key={field} className="service-desk-map__field">
            {FIELD_LABELS[field]}
            {REQUIRED_FIELDS.includes(field) ? ' (needed)' : ''}
            <select value={columns[field] ?? ''} onChange={(e) => props.setColumn(field, e.target.value)}>
              <option value="">Not in the file</option>
              {cols.map((c) => (
                <option key={c.id} value={c.index}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Categories to steps</legend>
        {props.values.categories.map((c) => (
          <div key={c} className="service-desk-map__field">
            <span>{c}</span>
            {stepSelect(`Step for category ${c}`, props.byCategory[c], (v) =>
              props.setByCategory({ ...props.byCategory, [c]: v }),
            )}
          </div>
        ))}
      </fieldset>
      {props.values.channels.length > 0 && (
        <fieldset>
          <legend>Channels to steps (for categories without a step)</legend>
          {props.values.channels.map((c) => (
            <div key={c} className="service-desk-map__field">
              <span>{c}</span>
              {stepSelect(`Step for channel ${c}`, props.byChannel[c], (v) =>
                props.setByChannel({ ...props.byChannel, [c]: v }),
              )}
            </div>
          ))}
        </fieldset>
      )}
      {missing.length > 0 && (
        <p role="alert">Choose the {missing.map((f) => FIELD_LABELS[f]).join(' and ')} column.</p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={missing.length > 0}
        onClick={props.onImport}
      >
        Import tickets
      </button>
    </div>
  );
}
