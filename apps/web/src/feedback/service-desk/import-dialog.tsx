import {
  type Columns,
  REQUIRED_FIELDS,
  type ServiceDeskFigure,
  type Step,
  TICKET_FIELDS,
  type TicketField,
  writeServiceDeskFigures,
} from '@journeyboard/journey';
import { useEffect, useRef, useState } from 'react';
import { FileButton } from '../../app/file-button';
import { attempt } from '../../board/edit-actions';
import { useEdit } from '../../board/use-edit';
import { formatNumber } from '../../i18n/format';
import { currentLanguage, type Message, message } from '../../i18n/i18n';
import { useLanguage, useT } from '../../i18n/use-t';
import { fieldMessage, importIssueText } from './import-issue-text';
import type { WorkerAnswer, WorkerRequest } from './import-protocol';
import type { ParseProblem } from './parse-file';

type Parsed = Extract<WorkerAnswer, { kind: 'parsed' }>;
type Stage =
  | { kind: 'choose' }
  | { kind: 'working'; text: Message }
  | { kind: 'refused'; text: Message | Extract<WorkerAnswer, { kind: 'figures-failed' }>['issue'] }
  | { kind: 'map'; parsed: Parsed }
  | { kind: 'done'; text: Message };

function parseProblemMessage(problem: ParseProblem): Message {
  switch (problem.code) {
    case 'empty':
      return message('feedback.import.parse.empty');
    case 'single-column':
      return message('feedback.import.parse.single-column');
    case 'unclosed-quote':
      return message('feedback.import.parse.unclosed-quote', { line: String(problem.line) });
    case 'stray-quote':
      return message('feedback.import.parse.stray-quote', { line: String(problem.line) });
  }
}

/** "Category and Opened" / "Categorie en Aangemeld". */
const formatList = (language: string, items: readonly string[]) =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(items);

function progressMessage(answer: Extract<WorkerAnswer, { kind: 'progress' }>): Message {
  if (answer.total <= 1) return message('feedback.import.stage', { stage: answer.stage });
  const percent = formatNumber(currentLanguage(), answer.done / answer.total, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return message('feedback.import.stage-progress', { stage: answer.stage, percent });
}

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
  const t = useT();
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
        setStage({ kind: 'working', text: progressMessage(answer) });
      } else if (answer.kind === 'parse-failed')
        setStage({ kind: 'refused', text: parseProblemMessage(answer.problem) });
      else if (answer.kind === 'parsed') {
        setColumns(answer.proposal);
        setValues({ categories: answer.categories, channels: answer.channels });
        setStage({ kind: 'map', parsed: answer });
      } else if (answer.kind === 'values') setValues(answer);
      else if (answer.kind === 'figures-failed') setStage({ kind: 'refused', text: answer.issue });
      else if (answer.kind === 'figures') {
        const figures = new Map(
          answer.figures.map(([stepId, months]) => [stepId, new Map<string, ServiceDeskFigure>(months)]),
        );
        const written = edit((doc, origin) => attempt(() => writeServiceDeskFigures(doc, figures, origin)));
        const months = new Set(answer.figures.flatMap(([, m]) => m.map(([month]) => month)));
        if (!written.ok) console.error('service-desk figures not stored:', written.message);
        setStage(
          written.ok
            ? {
                kind: 'done',
                text: message('feedback.import.done', {
                  tickets: String(answer.tickets),
                  steps: String(figures.size),
                  months: [...months].sort().join(', '),
                  unmapped: String(answer.unmapped),
                }),
              }
            : { kind: 'refused', text: message('feedback.import.store-failed') },
        );
      }
    };
  }, [edit]);

  const post = (request: WorkerRequest, transfer: Transferable[] = []) =>
    worker.current?.postMessage(request, transfer);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'working', text: message('feedback.import.reading', { name: file.name }) });
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
    setStage({ kind: 'working', text: message('feedback.import.stage', { stage: 'checking' }) });
    post({ kind: 'figures', columns, mapping: { byCategory, byChannel } });
  };

  return (
    <section className="feedback-panel__section" aria-labelledby="service-desk-import-title">
      <h3 id="service-desk-import-title">{t('feedback.import.title')}</h3>
      <FileButton
        label={t('feedback.import.file-label')}
        choose={t('feedback.import.choose')}
        accept=".csv,.txt,text/csv"
        onFile={(file) => void choose(file)}
      />
      {stage.kind === 'working' && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {t(stage.text)}
        </p>
      )}
      {stage.kind === 'refused' && (
        <p role="alert">{'key' in stage.text ? t(stage.text) : importIssueText(t, stage.text)}</p>
      )}
      {stage.kind === 'done' && <p role="status">{t(stage.text)}</p>}
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
        {t('feedback.import.close')}
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
  const t = useT();
  const language = useLanguage();
  const { parsed, columns, steps } = props;
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  // Columns are positional (two may share a name): keyed by place.
  const cols = parsed.headers.map((name, index) => ({ name, index, id: `${index}:${name}` }));
  const rows = parsed.preview.map((cells, index) => ({ cells, id: `row-${index}` }));
  const stepSelect = (label: string, value: string | undefined, onChange: (v: string) => void) => (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('feedback.import.no-step')}</option>
      {steps.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title || t('feedback.untitled-step')}
        </option>
      ))}
    </select>
  );
  return (
    <div className="service-desk-map">
      <p>
        {t('feedback.import.summary', {
          rows: String(parsed.rowCount),
          encoding: parsed.encoding,
          delimiter: parsed.delimiter === '\t' ? 'tab' : parsed.delimiter === ';' ? 'semicolon' : 'comma',
        })}
      </p>
      <div className="service-desk-map__preview">
        <table className="feedback-panel__table">
          <caption>{t('feedback.import.first-rows')}</caption>
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
        <legend>{t('feedback.import.columns')}</legend>
        {TICKET_FIELDS.map((field) => (
          <label key={field} className="service-desk-map__field">
            {REQUIRED_FIELDS.includes(field)
              ? t('feedback.import.field-needed', { field: t(fieldMessage(field)) })
              : t(fieldMessage(field))}
            <select value={columns[field] ?? ''} onChange={(e) => props.setColumn(field, e.target.value)}>
              <option value="">{t('feedback.import.not-in-file')}</option>
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
        <legend>{t('feedback.import.categories')}</legend>
        {props.values.categories.map((c) => (
          <div key={c} className="service-desk-map__field">
            <span>{c}</span>
            {stepSelect(t('feedback.import.step-for-category', { value: c }), props.byCategory[c], (v) =>
              props.setByCategory({ ...props.byCategory, [c]: v }),
            )}
          </div>
        ))}
      </fieldset>
      {props.values.channels.length > 0 && (
        <fieldset>
          <legend>{t('feedback.import.channels')}</legend>
          {props.values.channels.map((c) => (
            <div key={c} className="service-desk-map__field">
              <span>{c}</span>
              {stepSelect(t('feedback.import.step-for-channel', { value: c }), props.byChannel[c], (v) =>
                props.setByChannel({ ...props.byChannel, [c]: v }),
              )}
            </div>
          ))}
        </fieldset>
      )}
      {missing.length > 0 && (
        <p role="alert">
          {t('feedback.import.choose-missing', {
            fields: formatList(
              language,
              missing.map((f) => t(fieldMessage(f))),
            ),
          })}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={missing.length > 0}
        onClick={props.onImport}
      >
        {t('feedback.import.run')}
      </button>
    </div>
  );
}
