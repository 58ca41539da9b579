import { memo, useEffect, useRef } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { t } from '../i18n/i18n';
import { useUiStore } from '../state/ui-store';
import { visibleArea } from '../state/viewport';
import { shouldFollow, viewportForRequest } from './follow-request';
import { serverNow } from './server-offset-store';
import { sameJson, selectViewportRequest, useSessionSelector } from './use-session';

/** Moves this view when the facilitator brings everyone to theirs. Renders nothing. */
export const ViewportFollower = memo(function ViewportFollower() {
  const { docs, user, role } = useBoard();
  const request = useSessionSelector(docs.session, selectViewportRequest, sameJson);
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (!shouldFollow(request, { id: user.id, role }, followed.current, serverNow())) return;
    followed.current = request.id;
    const ui = useUiStore.getState();
    const size =
      ui.viewportSize.width > 0 ? ui.viewportSize : { width: window.innerWidth, height: window.innerHeight };
    ui.setFollowTarget(null);
    // Into the part of this canvas no panel covers, so what the facilitator points at is in view.
    ui.setViewport(viewportForRequest(request, visibleArea(size, ui.viewportInsets)));
    usePanelStore.getState().announce(t('workshop.follow.brought'));
  }, [request, user.id, role]);
  return null;
});
