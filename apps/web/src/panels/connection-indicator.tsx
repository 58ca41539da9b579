import { memo } from 'react';
import type { BoardConnection } from '../board/board-connection';
import { STATUS_LABEL_KEYS } from '../board/connection-status';
import { useConnectionStatus } from '../board/use-board-connection';
import { useT } from '../i18n/use-t';

/** Always visible; the detail says why when we are not connected. */
export const ConnectionIndicator = memo(function ConnectionIndicator({
  connection,
}: {
  readonly connection: BoardConnection;
}) {
  const status = useConnectionStatus(connection);
  const t = useT();
  const detail = status.detail.map((sentence) => t(sentence)).join(' ');
  return (
    <div
      className={`connection connection--${status.kind}`}
      role="status"
      aria-live="polite"
      title={detail}
      data-status={status.kind}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{t(STATUS_LABEL_KEYS[status.kind])}</span>
      <span className="visually-hidden">: {detail}</span>
    </div>
  );
});

/** A refused document is not a glitch: explain it prominently, above the board. */
export const RefusalBanner = memo(function RefusalBanner({
  connection,
}: {
  readonly connection: BoardConnection;
}) {
  const status = useConnectionStatus(connection);
  const t = useT();
  const detail = status.detail.map((sentence) => t(sentence)).join(' ');
  if (status.kind === 'refused') {
    return (
      <div className="banner banner--error" role="alert">
        <strong>{t('status.refused-banner')}</strong> {detail} {t('status.refused-banner-rest')}
      </div>
    );
  }
  if (status.kind === 'offline') {
    return (
      <div className="banner banner--warning" role="status">
        <strong>{t('status.offline-banner')}</strong> {detail}
      </div>
    );
  }
  return null;
});
