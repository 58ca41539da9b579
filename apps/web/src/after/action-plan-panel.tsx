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
  PRIORITY_LABELS,
  STATUS_LABELS,
} from './action-plan';
import { useAfterStore } from './after-store';
import { downloadBlob, fileNameFor } from './download';
import { InlineInput } from './inline-fields';
import { OpportunityFromButton } from './opportunity-from-button';

const COLUMN_LABELS: Readonly<Record<ActionSortKey, string>> = {
  title: 'Title',
  steps: 'Linked steps',
  owner: 'Owner',
  deadline: 'Deadline',
  priority: 'Priority',
  status: 'Status',
  votes: 'Votes',
};

/** The action plan: every opportunity as an editable, sortable, filterable row. */
export function ActionPlanPanel({
  board,
  canEdit,
}: {
  readonly board: BoardSnapshot;
  readonly canEdit: boolean;
}) {
  const { docs, origin, role } = useBoard();
  // Votes are a round's result, recorded by the facilitator (the declared rule).
  const recordsVotes =
    mayChange('opportunity', 'votes', { role, identity: null }, { phase: 'mapping', locked: false }) === null;
  const [filter, setFilter] = useState<ActionFilter>(NO_FILTER);
  const [sort, setSort] = useState<ActionSort>(DEFAULT_SORT);
  const today = localIsoDate(new Date());
  const rows = useMemo(() => actionPlanRows(board, filter, sort, today), [board, filter, sort, today]);
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
      announce(`Not saved: ${(error as Error).message}`);
    }
  };

  const painLanes = new Set(board.lanes.filter((l) => l.kind === 'pain-points').map((l) => l.id));
  const linkedNotes = new Set(board.opportunities.flatMap((o) => o.noteIds));
  const painPoints = board.notes.filter((n) => painLanes.has(n.laneId) && n.text.trim() !== '');
  const stepTitle = new Map(board.steps.map((s) => [s.id, s.title]));

  return (
    <div className="after-section">
      <fieldset className="after-toolbar after-fieldset" aria-label="Filter the action plan">
        <input
          type="search"
          className="after-input"
          placeholder="Filter…"
          aria-label="Filter actions by text"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <select
          aria-label="Filter by status"
          value={filter.status}
          onChange={(e) => setFilter({ ...filter, status: e.target.value as OpportunityStatus | 'all' })}
        >
          <option value="all">Any status</option>
          {OPPORTUNITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by priority"
          value={filter.priority}
          onChange={(e) => setFilter({ ...filter, priority: e.target.value as Priority | 'all' })}
        >
          <option value="all">Any priority</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
        <label className="after-check">
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })}
          />
          Overdue only
        </label>
        <span className="board-header__spacer" />
        {canEdit ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              const o = addOpportunity(docs.content, { title: 'New opportunity' }, origin);
              useAfterStore.setState({ focusOpportunityId: o.id });
            }}
          >
            Add opportunity
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadBlob(
              new Blob([actionPlanToCsv(board, { bom: true })], { type: 'text/csv;charset=utf-8' }),
              fileNameFor(board.meta.title, '-action-plan', 'csv'),
            )
          }
        >
          Export action plan CSV
        </button>
      </fieldset>

      <div className="after-table-wrap">
        <table className="after-table" aria-label="Action plan">
          <thead>
            <tr>
              {ACTION_SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                  <button type="button" className="after-sort" onClick={() => setSort(nextSort(sort, key))}>
                    {COLUMN_LABELS[key]}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="after-muted">
                  {board.opportunities.length === 0
                    ? 'No opportunities yet: create one from a pain point below.'
                    : 'No action matches the filter.'}
                </td>
              </tr>
            ) : null}
            {rows.map(({ opportunity: o, stepTitles, overdue }) => {
              const name = o.title || 'Untitled opportunity';
              return (
                <tr key={o.id} data-opportunity-id={o.id} className={overdue ? 'is-overdue' : undefined}>
                  <td>
                    {canEdit ? (
                      <InlineInput
                        value={o.title}
                        label={`Title of ${name}`}
                        onCommit={(title) => save(o, { title })}
                      />
                    ) : (
                      name
                    )}
                  </td>
                  <td>
                    {stepTitles.length ? stepTitles.join(', ') : <span className="after-muted">—</span>}
                  </td>
                  <td>
                    {canEdit ? (
                      <InlineInput
                        value={o.owner}
                        label={`Owner of ${name}`}
                        onCommit={(owner) => save(o, { owner })}
                      />
                    ) : (
                      o.owner
                    )}
                  </td>
                  <td>
                    {canEdit ? (
                      <InlineInput
                        type="date"
                        value={o.deadline ?? ''}
                        label={`Deadline of ${name}`}
                        onCommit={(deadline) => save(o, { deadline: deadline || null })}
                      />
                    ) : (
                      (o.deadline ?? '')
                    )}
                    {overdue ? <span className="after-badge after-badge--danger">Overdue</span> : null}
                  </td>
                  <td>
                    <select
                      aria-label={`Priority of ${name}`}
                      value={o.priority}
                      disabled={!canEdit}
                      onChange={(e) => save(o, { priority: e.target.value as Priority })}
                    >
                      {PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {PRIORITY_LABELS[p]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Status of ${name}`}
                      value={o.status}
                      disabled={!canEdit}
                      onChange={(e) => save(o, { status: e.target.value as OpportunityStatus })}
                    >
                      {OPPORTUNITY_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                    <OpportunityRemeasure opportunity={o} stepTitles={stepTitle} />
                  </td>
                  <td>
                    {canEdit && recordsVotes ? (
                      <InlineInput
                        type="number"
                        min={0}
                        value={String(o.votes)}
                        label={`Votes for ${name}`}
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
                        aria-label={`Delete ${name}`}
                        onClick={() => deleteOpportunity(docs.content, o.id, origin)}
                      >
                        Delete
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
          <h3 id="pain-points-heading">Pain points</h3>
          {painPoints.length === 0 ? <p className="after-muted">No pain points on the board yet.</p> : null}
          <ul className="after-list" aria-label="Pain points">
            {painPoints.map((n) => (
              <li key={n.id} className="after-card">
                <span>
                  {n.text} <span className="after-muted">({stepTitle.get(n.stepId) || 'step'})</span>
                </span>
                {linkedNotes.has(n.id) ? <span className="after-badge">Linked to an opportunity</span> : null}
                <OpportunityFromButton source={{ kind: 'note', id: n.id }} label={n.text.slice(0, 60)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
