import { memo, Suspense, useEffect, useId } from 'react';
import { lazyPart } from '../app/lazy-part';
import { useBoard } from '../board/board-context';
import { useBoardDrawn } from '../board/use-board-drawn';
import { useEntity } from '../board/use-journey';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { usePanelSlots } from './panel-slots';

// The form is code the first screen does not need (nothing is selected): it loads once the board is drawn.
const StepDetails = lazyPart(
  withMessages(['inspector', 'edit'], () => import('./inspector-step').then((m) => m.InspectorStep)),
);

/** Every field of the selected step; read-only for those who cannot edit. */
export const Inspector = memo(function Inspector({ canEdit }: { readonly canEdit: boolean }) {
  const t = useT();
  const { docs } = useBoard();
  const selectedStepId = useUiStore((state) => state.selectedStepId);
  const step = useEntity(docs.content, 'step', selectedStepId);
  const headingId = useId();
  const drawn = useBoardDrawn();
  const { SelectionExtra } = usePanelSlots();
  useEffect(() => {
    if (drawn) StepDetails.preload().catch(() => {});
  }, [drawn]);
  return (
    <section className="panel inspector" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('panels.inspector.title')}
      </h2>
      {!step ? (
        <p className="panel__empty">
          {t(canEdit ? 'panels.inspector.empty-editor' : 'panels.inspector.empty-reader')}
        </p>
      ) : (
        <Suspense
          fallback={
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('panels.inspector.loading')}
            </p>
          }
        >
          <StepDetails.Part step={step} canEdit={canEdit} />
        </Suspense>
      )}
      {SelectionExtra ? <SelectionExtra /> : null}
    </section>
  );
});
