import { ErrorBoundary } from '../app/error-boundary';
import type { OutlineStructure } from '../board/outline-structure';
import { useT } from '../i18n/use-t';
import { Inspector } from './inspector';
import { Outline } from './outline';

/**
 * The outline panel's content below its bar: the selected step's details, then the journey outline.
 * A chunk of its own: the board's first drawing does not need it (the panel starts closed), so it loads
 * once the board is drawn, or at once when the panel is opened (board-view.tsx).
 */
export function OutlinePanelBody({
  structure,
  canEdit,
}: {
  readonly structure: OutlineStructure;
  readonly canEdit: boolean;
}) {
  const t = useT();
  return (
    <>
      <ErrorBoundary area={t('board.area.step-details')}>
        <Inspector canEdit={canEdit} />
      </ErrorBoundary>
      <ErrorBoundary area={t('board.area.outline')}>
        <Outline structure={structure} canEdit={canEdit} />
      </ErrorBoundary>
    </>
  );
}
