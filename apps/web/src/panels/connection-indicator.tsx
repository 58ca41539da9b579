import { memo } from 'react';
import type { BoardConnection } from '../board/board-connection';
import { STATUS_LABELS } from '../board/connection-status';
import { useConnectionStatus } from '../board/use-board-connection';

/** Always visible; the detail says why when we are not connected. */
export const ConnectionIndicator = memo(function ConnectionIndicator({
  connection,
}: {
  readonly connection: BoardConnection;
}) {
  const status = useConnectionStatus(connection);
  return (
    <div
      className={`connection connection--${status.kind}`}
      role="status"
      aria-live="polite"
      title={status.detail}
      data-status={status.kind}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{STATUS_LABELS[status.kind]}</span>
      <span className="visually-hidden">: {status.detail}</span>
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
  if (status.kind === 'refused') {
    return (
      <div className="banner banner--error" role="alert">
        <strong>The relay refused this board.</strong> {status.detail} What you see may be out of date, and
        changes you make now will not be shared.
      </div>
    );
  }
  if (status.kind === 'offline') {
    return (
      <div className="banner banner--warning" role="status">
        <strong>Offline.</strong> {status.detail}
      </div>
    );
  }
  return null;
});
