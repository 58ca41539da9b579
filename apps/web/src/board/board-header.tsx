import { lazyPart } from '../app/lazy-part';
import type { CanvasPresenceStore } from '../canvas/canvas-presence';
import { withMessages } from '../i18n/i18n';
import { LanguagePicker } from '../i18n/language-picker';
import { useT } from '../i18n/use-t';
import { ConnectionIndicator } from '../panels/connection-indicator';
import { RoleNotice } from '../panels/role-notice';
import { useBoard } from './board-context';
import { DeferredPart } from './deferred-panel';
import type { EditBlock } from './edit-permission';

// Presence comes a moment after the board: the people present appear in the header (their place is held
// meanwhile), others' cursors and selections on the canvas, and this person's own presence is published.
const Presence = lazyPart(
  withMessages(['presence'], () => import('./presence-part').then((m) => m.PresencePart)),
);

/**
 * The board's header: the app's name, the board's and the journey's titles, why this person cannot edit
 * (if so), the people present, the connection and the language.
 */
export function BoardHeader({
  title,
  journeyTitle,
  block,
  presence,
}: {
  readonly title: string;
  readonly journeyTitle: string | null;
  readonly block: EditBlock;
  /** Others on the canvas: filled by the presence code once it has loaded (PresencePart). */
  readonly presence: CanvasPresenceStore;
}) {
  const t = useT();
  const { connection } = useBoard();
  return (
    <header className="board-header">
      <a className="brand" href="/" aria-label={t('board.start-page')}>
        {t('app.name')}
      </a>
      {/* Both give way to presence on a narrow screen; hovering shows them whole. */}
      <h1 className="board-header__title" title={title}>
        {title}
      </h1>
      {journeyTitle ? (
        <span className="board-header__journey" title={journeyTitle}>
          “{journeyTitle}”
        </span>
      ) : null}
      <RoleNotice block={block} />
      <span className="board-header__spacer" />
      <DeferredPart
        part={Presence}
        label={t('board.area.presence')}
        props={{ presence }}
        placeholder={<PresencePlaceholder />}
      />
      <ConnectionIndicator connection={connection} />
      <LanguagePicker className="board-header__language" />
    </header>
  );
}

/**
 * The people list's height before its code is there: the same boxes as this person's own entry (an
 * avatar and the rename button, the tallest), unseen, so the header does not grow and the canvas does not
 * shrink when the list appears.
 */
function PresencePlaceholder() {
  return (
    <span className="presence presence--pending" aria-hidden="true">
      <span className="presence__item">
        <span className="avatar" />
        <span className="icon-button" />
      </span>
    </span>
  );
}
