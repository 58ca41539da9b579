import {
  addStep,
  type BoardSnapshot,
  deleteStep,
  emotionCurve,
  forkJourney,
  journeyImprovement,
  journeyStages,
  journeySteps,
  updateStep,
} from '@journeyboard/journey';
import { useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { canCreateJourney } from '../board/permissions';
import { formatDelta, formatScore } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-t';
import { useAfterStore } from './after-store';
import { type ChartBox, chartPoints, polylinePath, scoreY } from './compare-chart';
import { forkName } from './fork-name';
import { InlineInput } from './inline-fields';

const BOX: ChartBox = { width: 520, height: 200, padding: 24 };

/** Scores and their differences as the reader writes numbers (6,3 and +1,5 in Dutch); — when there is none. */
function useScoreText() {
  const language = useLanguage();
  return useMemo(
    () => ({
      score: (value: number | null) => (value === null ? '—' : formatScore(language, value)),
      delta: (value: number | null) => (value === null ? '—' : formatDelta(language, value)),
    }),
    [language],
  );
}

function CompareChart({ board, fromId, toId }: { board: BoardSnapshot; fromId: string; toId: string }) {
  const t = useT();
  const numbers = useScoreText();
  const from = emotionCurve(board, fromId);
  const to = emotionCurve(board, toId);
  const slots = Math.max(from.length, to.length, 1);
  const fromPoints = chartPoints(from, slots, BOX);
  const toPoints = chartPoints(to, slots, BOX);
  const describe = (points: typeof fromPoints) =>
    points.map((p) => numbers.score(p.value)).join(', ') || t('after.compare.no-scores');
  return (
    <figure className="after-chart">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={t('after.compare.chart', { current: describe(fromPoints), future: describe(toPoints) })}
      >
        {[1, 4, 7, 10].map((v) => (
          <g key={v}>
            <line
              x1={BOX.padding}
              x2={BOX.width - BOX.padding}
              y1={scoreY(v, BOX)}
              y2={scoreY(v, BOX)}
              className="after-chart__grid"
            />
            <text x={4} y={scoreY(v, BOX) + 4} className="after-chart__label">
              {v}
            </text>
          </g>
        ))}
        <path d={polylinePath(fromPoints)} className="after-chart__from" />
        <path d={polylinePath(toPoints)} className="after-chart__to" />
        {fromPoints.map((p) => (
          <circle key={`f${p.stepId}`} cx={p.x} cy={p.y} r={4} className="after-chart__from-dot" />
        ))}
        {toPoints.map((p) => (
          <circle key={`t${p.stepId}`} cx={p.x} cy={p.y} r={4} className="after-chart__to-dot" />
        ))}
      </svg>
      <figcaption>
        <span className="after-legend after-legend--from">{t('after.compare.current-state')}</span>{' '}
        <span className="after-legend after-legend--to">{t('after.compare.future-state')}</span>
      </figcaption>
    </figure>
  );
}

/** Fork the current state into a future state, edit it, and compare the two. */
export function ComparePanel({
  board,
  canEdit,
}: {
  readonly board: BoardSnapshot;
  readonly canEdit: boolean;
}) {
  const { docs, origin, role } = useBoard();
  const t = useT();
  const numbers = useScoreText();
  const announce = usePanelStore((s) => s.announce);
  const currents = board.journeys.filter((j) => j.kind === 'current');
  const futures = board.journeys.filter((j) => j.kind === 'future');
  const selected = useAfterStore((s) => s.journeyId);
  const fromId = currents[0]?.id ?? board.journeys[0]?.id ?? null;
  const toId = futures.find((j) => j.id === selected)?.id ?? futures[futures.length - 1]?.id ?? null;
  const result = useMemo(
    () => (fromId && toId ? journeyImprovement(board, fromId, toId) : null),
    [board, fromId, toId],
  );
  const untitled = t('after.untitled-step');
  const title = new Map(board.steps.map((s) => [s.id, s.title || untitled]));

  const fork = () => {
    if (!fromId) return;
    const name = forkName(
      t('after.compare.fork-name'),
      board.journeys.map((j) => j.name),
    );
    const journey = forkJourney(docs.content, fromId, origin, { name });
    useAfterStore.setState({ journeyId: journey.id });
    announce(t('after.compare.forked', { name: journey.name }));
  };

  if (!fromId) return <p className="after-muted">{t('after.no-journey')}</p>;

  return (
    <div className="after-section">
      <div className="after-toolbar">
        {futures.length > 1 ? (
          <label>
            <span>{t('after.compare.future-state')} </span>
            <select
              value={toId ?? ''}
              onChange={(e) => useAfterStore.setState({ journeyId: e.target.value })}
              aria-label={t('after.compare.pick-future')}
            >
              {futures.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {/* A future state is a new journey: the facilitator's to create (the relay refuses anyone else). */}
        {canEdit && canCreateJourney(role) ? (
          <button type="button" className="button" onClick={fork}>
            {t('after.compare.fork')}
          </button>
        ) : null}
      </div>
      {!toId || !result ? (
        <p className="after-muted">{t('after.compare.no-future')}</p>
      ) : (
        <>
          <CompareChart board={board} fromId={fromId} toId={toId} />
          <dl className="after-numbers" aria-label={t('after.compare.improvement')}>
            <div>
              <dt>{t('after.compare.average')}</dt>
              <dd data-testid="average-improvement">
                {numbers.score(result.comparison.fromAverage)} → {numbers.score(result.comparison.toAverage)}{' '}
                ({numbers.delta(result.comparison.averageDelta)})
              </dd>
            </div>
            <div>
              <dt>{t('after.compare.lowest')}</dt>
              <dd data-testid="lowest-improvement">
                {numbers.score(result.fromLowest?.value ?? null)} →{' '}
                {numbers.score(result.toLowest?.value ?? null)} ({numbers.delta(result.lowestDelta)})
              </dd>
            </div>
            <div>
              <dt>{t('after.compare.better-worse')}</dt>
              <dd>
                {result.improved} / {result.worsened}
              </dd>
            </div>
          </dl>
          <table className="after-table" aria-label={t('after.compare.per-step')}>
            <thead>
              <tr>
                <th scope="col">{t('after.compare.step')}</th>
                <th scope="col">{t('after.compare.current')}</th>
                <th scope="col">{t('after.compare.future')}</th>
                <th scope="col">{t('after.compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {result.comparison.matched.map((m) => (
                <tr key={m.fromStepId}>
                  <th scope="row">{title.get(m.toStepId)}</th>
                  <td>{numbers.score(m.fromScore)}</td>
                  <td>{numbers.score(m.toScore)}</td>
                  <td
                    className={
                      m.delta === null ? '' : m.delta > 0 ? 'is-better' : m.delta < 0 ? 'is-worse' : ''
                    }
                  >
                    {numbers.delta(m.delta)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="after-columns">
            <section aria-labelledby="added-steps">
              <h3 id="added-steps">
                {t('after.compare.added-count', { count: result.comparison.added.length })}
              </h3>
              <ul aria-label={t('after.compare.added')}>
                {result.comparison.added.map((id) => (
                  <li key={id}>{title.get(id)}</li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="removed-steps">
              <h3 id="removed-steps">
                {t('after.compare.removed-count', { count: result.comparison.removed.length })}
              </h3>
              <ul aria-label={t('after.compare.removed')}>
                {result.comparison.removed.map((id) => (
                  <li key={id}>{title.get(id)}</li>
                ))}
              </ul>
            </section>
          </div>
          {canEdit ? <FutureEditor board={board} journeyId={toId} /> : null}
        </>
      )}
    </div>
  );
}

/** Quick edits of the future state's steps, so it can be designed right here. */
function FutureEditor({ board, journeyId }: { board: BoardSnapshot; journeyId: string }) {
  const { docs, origin } = useBoard();
  const t = useT();
  const steps = journeySteps(board, journeyId);
  const stages = journeyStages(board, journeyId);
  return (
    <section aria-labelledby="future-editor">
      <h3 id="future-editor">{t('after.compare.edit-future')}</h3>
      <ul className="after-list" aria-label={t('after.compare.future-steps')}>
        {steps.map((s) => {
          const name = s.title || t('after.untitled-step');
          return (
            <li key={s.id} className="after-row">
              <InlineInput
                value={s.title}
                label={t('after.compare.future-title', { name })}
                onCommit={(title) => updateStep(docs.content, s.id, { title }, origin)}
              />
              <select
                aria-label={t('after.compare.future-score', { name })}
                value={s.score ?? ''}
                onChange={(e) =>
                  updateStep(
                    docs.content,
                    s.id,
                    { score: e.target.value === '' ? null : Number(e.target.value) },
                    origin,
                  )
                }
              >
                <option value="">—</option>
                {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small"
                aria-label={t('after.compare.remove-label', { name })}
                onClick={() => deleteStep(docs.content, s.id, origin)}
              >
                {t('after.compare.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() =>
          addStep(
            docs.content,
            { journeyId, title: t('after.compare.new-step'), stageId: stages[stages.length - 1]?.id ?? null },
            origin,
          )
        }
      >
        {t('after.compare.add-step')}
      </button>
    </section>
  );
}
