import { usePanelStore } from '../board/panel-store';

/** One polite live region for confirmations ("Step deleted. Press Ctrl+Z to undo."). */
export function Announcer() {
  const announcement = usePanelStore((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}
