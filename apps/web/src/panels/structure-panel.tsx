import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import { useBoard } from '../board/board-context';
import { useCollection } from '../board/use-journey';
import { useT } from '../i18n/use-t';
import { structureAccess } from './structure-access';
import { StructureAddForm } from './structure-add-form';
import type { StructureKind } from './structure-consequences';
import { type Counts, countLabel, useStructureCounts } from './structure-counts';
import { SECTION_TITLE_KEYS } from './structure-labels';
import { type StructureItem, StructureRow } from './structure-row';
import { useStructureStore } from './structure-store';
import { STRUCTURE_TOGGLE_ID } from './structure-toggle';
import '../styles/structure.css';

interface PanelProps {
  /** The journey whose stages are listed (the one the outline shows). */
  readonly journeyId: string | null;
  /** The board-wide edit permission (role, lock, document version). */
  readonly canEdit: boolean;
}

/**
 * "Board structure": the stages of the journey, the channel rows and the lanes, in order. The
 * facilitator renames, reorders, removes and adds them here; everyone else reads them as text.
 */
export function StructurePanel(props: PanelProps) {
  const t = useT();
  const open = useStructureStore((state) => state.open);
  if (!open) return null;
  return (
    <ErrorBoundary area={t('panels.structure.area')}>
      <StructurePanelOpen {...props} />
    </ErrorBoundary>
  );
}

function StructurePanelOpen({ journeyId, canEdit }: PanelProps) {
  const t = useT();
  const { docs, role } = useBoard();
  const editable = structureAccess(role, canEdit) === 'edit';
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening moves focus here, or keyboard users would have to find the panel after the canvas.
  useEffect(() => heading.current?.focus(), []);

  const stages = useCollection(docs.content, 'stage');
  const channels = useCollection(docs.content, 'channel');
  const lanes = useCollection(docs.content, 'lane');
  const counts = useStructureCounts(docs.content);
  const stageItems = useMemo(
    () =>
      stages
        .filter((stage) => stage.journeyId === journeyId)
        .map((stage) => ({ id: stage.id, name: stage.title, description: stage.description })),
    [stages, journeyId],
  );
  const channelItems = useMemo(
    () => channels.map((c) => ({ id: c.id, name: c.name, color: c.color, icon: c.icon })),
    [channels],
  );
  const laneItems = useMemo(
    () => lanes.map((lane) => ({ id: lane.id, name: lane.title, laneKind: lane.kind })),
    [lanes],
  );

  return (
    <section
      className="panel structure"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        // Escape closes the panel (the fields' own Escape keeps what was typed and goes no further).
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        closePanel();
      }}
    >
      <div className="structure__header">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="panel__title">
          {t('panels.structure.title')}
        </h2>
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={t('panels.structure.close')}
          onClick={closePanel}
        >
          ×
        </button>
      </div>
      <p className="structure__hint">
        {t(editable ? 'panels.structure.hint-editor' : 'panels.structure.hint-reader')}
      </p>
      <StructureSection
        kind="stage"
        items={stageItems}
        counts={counts.stages}
        editable={editable}
        journeyId={journeyId}
      />
      <StructureSection
        kind="channel"
        items={channelItems}
        counts={counts.channels}
        editable={editable}
        journeyId={journeyId}
      />
      <StructureSection
        kind="lane"
        items={laneItems}
        counts={counts.lanes}
        editable={editable}
        journeyId={journeyId}
      />
    </section>
  );
}

const StructureSection = memo(function StructureSection({
  kind,
  items,
  counts,
  editable,
  journeyId,
}: {
  readonly kind: StructureKind;
  readonly items: readonly StructureItem[];
  readonly counts: Counts;
  readonly editable: boolean;
  readonly journeyId: string | null;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useStructureStore(
    (state) => state.focus?.kind === kind && state.focus.control === 'heading',
  );
  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus();
    useStructureStore.getState().clearFocus();
  }, [focusHeading]);
  const ids = useStableIds(items);
  const title = t(SECTION_TITLE_KEYS[kind]);
  return (
    <div className="structure__section">
      <h3 ref={heading} tabIndex={-1} className="structure__section-title">
        {title} <span className="structure__count">({items.length})</span>
      </h3>
      {items.length === 0 ? <p className="structure__empty">{t('panels.structure.none')}</p> : null}
      <ol className="structure__list" aria-label={title}>
        {items.map((item) => (
          <StructureRow
            key={item.id}
            kind={kind}
            item={item}
            ids={ids}
            editable={editable}
            detail={countLabel(kind, counts.get(item.id) ?? 0)}
          />
        ))}
      </ol>
      {editable ? <StructureAddForm kind={kind} journeyId={journeyId} /> : null}
    </div>
  );
});

/** The ids keep their identity while the order is unchanged, so renaming one row re-renders only it. */
function useStableIds(items: readonly StructureItem[]): readonly string[] {
  const previous = useRef<readonly string[]>([]);
  const next = items.map((item) => item.id);
  const same = next.length === previous.current.length && next.every((id, i) => id === previous.current[i]);
  if (!same) previous.current = next;
  return previous.current;
}

/** Closes the panel and gives the keyboard back to its toolbar toggle (the focused control goes away). */
function closePanel() {
  useStructureStore.getState().setOpen(false);
  document.getElementById(STRUCTURE_TOGGLE_ID)?.focus();
}
