import {
  actionPlanToCsv,
  addOpportunity,
  type BoardSnapshot,
  deleteOpportunity,
  mayChange,
  OPPORTUNITY_STATUSES,
  type Opportunity,
  type OpportunityPatch,
  type OpportunityStatus,
  PRIORITIES,
  type Priority,
  updateOpportunity,
} from '@journeyboard/journey';
import { useEffect, useMemo, useState } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { OpportunityRemeasure } from '../feedback/opportunity-remeasure';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import {
  ACTION_SORT_KEYS,
  type ActionFilter,
  type ActionSort,
  type ActionSortKey,
  actionPlanRows,
  DEFAULT_SORT,
  localIsoDate,
  NO_FILTER,
  nextSort,
  PRIORITY_LABEL_KEYS,
  STATUS_LABEL_KEYS,
} from './action-plan';
import { useAfterStore } from './after-store';
import { boardTranslator } from './board-words';
import { actionPlanCsvLabels } from './csv-labels';
import { downloadBlob, exportSuffix, fileNameFor } from './download';
import { errorReason } from './error-reason';
import { InlineInput } from './inline-fields';
import { OpportunityFromButton } from './opportunity-from-button';

const COLUMN_LABEL_KEYS: Readonly<Record<ActionSortKey, MessageKey>> = {
  title: 'after.actions.column.title',
  steps: 'after.actions.column.steps',
  owner: 'after.actions.column.owner',
  deadline: 'after.actions.column.deadline',
  priority: 'after.actions.column.priority',
  status: 'after.actions.column.status',
  votes: 'after.actions.column.votes',
};

/**
 * A cell's column name, shown only where the table is stacked (a narrow panel: each opportunity a block of
 * labelled fields). Hidden from screen readers, which have the column header, and each field its own name.
 */
function CellLabel({ column }: { readonly column: ActionSortKey }) {
  const t = useT();
  return (
    <span className="after-cell-label" aria-hidden="true">
      {t(COLUMN_LABEL_KEYS[column])}
    </span>
  );
}

/** The action plan: every opportunity as an editable, sortable, filterable row. */
export function ActionPlanPanel({
  board,
  canEdit,
}: {
  readonly board: BoardSnapshot;
  readonly canEdit: boolean;
}) {
  const { docs, origin, role } = useBoard();
  const t = useT();
  // Votes are a round's result, recorded by the facilitator (the declared rule).
  const recordsVotes =
    mayChange('opportunity', 'votes', { role, identity: null }, { phase: 'mapping', locked: false }) === null;
  const [filter, setFilter] = useState<ActionFilter>(NO_FILTER);
  const [sort, setSort] = useState<ActionSort>(DEFAULT_SORT);
  const today = localIsoDate(new Date());
  const untitledStep = t('after.untitled-step');
  const rows = useMemo(
    () => actionPlanRows(board, filter, sort, today, untitledStep),
    [board, filter, sort, today, untitledStep],
  );
  const focusId = useAfterStore((s) => s.focusOpportunityId);
  const announce = usePanelStore((s) => s.announce);

  useEffect(() => {
    if (!focusId) return;
    const input = document.querySelector<HTMLInputElement>(
      `[data-opportunity-id="${CSS.escape(focusId)}"] input`,
    );
    if (!input) return;
    input.scrollIntoView({ block: 'nearest' });
    input.focus();
    input.select();
    useAfterStore.setState({ focusOpportunityId: null });
    // No dependency list: the new row appears only once the board snapshot catches up, so every render
    // tries again until it is there.
  });

  const save = (o: Opportunity, patch: OpportunityPatch) => {
    try {
      updateOpportunity(docs.content, o.id, patch, origin);
    } catch (error) {
      announce(t('after.actions.not-saved', { reason: (error as Error).message }));
    }
  };

  const painLanes = new Set(board.lanes.filter((l) => l.kind === 'pain-points').map((l) => l.id));
  const linkedNotes = new Set(board.opportunities.flatMap((o) => o.noteIds));
  const painPoints = board.notes.filter((n) => painLanes.has(n.laneId) && n.text.trim() !== '');
  const stepTitle = new Map(board.steps.map((s) => [s.id, s.title]));

  return (
    <div className="after-section">
      <fieldset className="after-toolbar after-fieldset" aria-label={t('after.actions.filter-label')}>
        <input
          type="search"
          className="after-input"
          placeholder={t('after.actions.filter-placeholder')}
          aria-label={t('after.actions.filter-text')}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <select
          aria-label={t('after.actions.filter-status')}
          value={filter.status}
          onChange={(e) => setFilter({ ...filter, status: e.target.value as OpportunityStatus | 'all' })}
        >
          <option value="all">{t('after.actions.any-status')}</option>
          {OPPORTUNITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL_KEYS[s])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('after.actions.filter-priority')}
          value={filter.priority}
          onChange={(e) => setFilter({ ...filter, priority: e.target.value as Priority | 'all' })}
        >
          <option value="all">{t('after.actions.any-priority')}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(PRIORITY_LABEL_KEYS[p])}
            </option>
          ))}
        </select>
        <label className="after-check">
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })}
          />
          {t('after.actions.overdue-only')}
        </label>
        <span className="board-header__spacer" />
        {canEdit ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              const o = addOpportunity(docs.content, { title: t('after.actions.new-title') }, origin);
              useAfterStore.setState({ focusOpportunityId: o.id });
            }}
          >
            {t('after.actions.add')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() =>
            void boardTranslator(board)
              .then(({ t: words }) =>
                downloadBlob(
                  new Blob([actionPlanToCsv(board, { bom: true, labels: actionPlanCsvLabels(words) })], {
                    type: 'text/csv;charset=utf-8',
                  }),
                  fileNameFor(board.meta.title, exportSuffix('action-plan', words), 'csv'),
                ),
              )
              .catch((error: unknown) =>
                announce(t('after.export.failed-words', { reason: errorReason(error, t) })),
              )
          }
        >
          {t('after.actions.export-csv')}
        </button>
      </fieldset>

      <div className="after-table-wrap action-plan">
        <table className="after-table" aria-label={t('after.actions.table')}>
          <thead>
            <tr>
              {ACTION_SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                  <button type="button" className="after-sort" onClick={() => setSort(nextSort(sort, key))}>
                    {t(COLUMN_LABEL_KEYS[key])}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t('after.actions.actions-column')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="after-muted">
                  {board.opportunities.length === 0
                    ? t('after.actions.none-yet')
                    : t('after.actions.none-match')}
                </td>
              </tr>
            ) : null}
            {rows.map(({ opportunity: o, stepTitles, overdue }) => {
              const name = o.title || t('after.untitled-opportunity');
              return (
                <tr key={o.id} data-opportunity-id={o.id} className={overdue ? 'is-overdue' : undefined}>
                  <td className="after-cell--wide">
                    <CellLabel column="title" />
                    {canEdit ? (
                      <InlineInput
                        value={o.title}
                        label={t('after.actions.title-of', { name })}
                        onCommit={(title) => save(o, { title })}
                      />
                    ) : (
                      name
                    )}
                  </td>
                  <td className="after-cell--wide">
                    <CellLabel column="steps" />
                    {stepTitles.length ? stepTitles.join(', ') : <span className="after-muted">—</span>}
                  </td>
                  <td>
                    <CellLabel column="owner" />
                    {canEdit ? (
                      <InlineInput
                        value={o.owner}
                        label={t('after.actions.owner-of', { name })}
                        onCommit={(owner) => save(o, { owner })}
                      />
                    ) : (
                      o.owner
                    )}
                  </td>
                  <td>
                    <CellLabel column="deadline" />
                    {canEdit ? (
                      <InlineInput
                        type="date"
                        value={o.deadline ?? ''}
                        label={t('after.actions.deadline-of', { name })}
                        onCommit={(deadline) => save(o, { deadline: deadline || null })}
                      />
                    ) : (
                      (o.deadline ?? '')
                    )}
                    {overdue ? (
                      <span className="after-badge after-badge--danger">{t('after.actions.overdue')}</span>
                    ) : null}
                  </td>
                  <td>
                    <CellLabel column="priority" />
                    <select
                      aria-label={t('after.actions.priority-of', { name })}
                      value={o.priority}
                      disabled={!canEdit}
                      onChange={(e) => save(o, { priority: e.target.value as Priority })}
                    >
                      {PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {t(PRIORITY_LABEL_KEYS[p])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <CellLabel column="status" />
                    <select
                      aria-label={t('after.actions.status-of', { name })}
                      value={o.status}
                      disabled={!canEdit}
                      onChange={(e) => save(o, { status: e.target.value as OpportunityStatus })}
                    >
                      {OPPORTUNITY_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(STATUS_LABEL_KEYS[s])}
                        </option>
                      ))}
                    </select>
                    <OpportunityRemeasure opportunity={o} stepTitles={stepTitle} />
                  </td>
                  <td>
                    <CellLabel column="votes" />
                    {canEdit && recordsVotes ? (
                      <InlineInput
                        type="number"
                        min={0}
                        value={String(o.votes)}
                        label={t('after.actions.votes-for', { name })}
                        className="after-input after-input--narrow"
                        onCommit={(votes) => save(o, { votes: Math.max(0, Math.round(Number(votes) || 0)) })}
                      />
                    ) : (
                      o.votes
                    )}
                  </td>
                  {canEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('after.actions.delete-label', { name })}
                        onClick={() => deleteOpportunity(docs.content, o.id, origin)}
                      >
                        {t('after.actions.delete')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {canEdit ? (
        <section aria-labelledby="pain-points-heading">
          <h3 id="pain-points-heading">{t('after.actions.pain-points')}</h3>
          {painPoints.length === 0 ? (
            <p className="after-muted">{t('after.actions.no-pain-points')}</p>
          ) : null}
          <ul className="after-list" aria-label={t('after.actions.pain-points')}>
            {painPoints.map((n) => (
              <li key={n.id} className="after-card">
                <span>
                  {n.text}{' '}
                  <span className="after-muted">
                    ({stepTitle.get(n.stepId) || t('after.actions.step-fallback')})
                  </span>
                </span>
                {linkedNotes.has(n.id) ? (
                  <span className="after-badge">{t('after.actions.linked')}</span>
                ) : null}
                <OpportunityFromButton source={{ kind: 'note', id: n.id }} label={n.text.slice(0, 60)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
