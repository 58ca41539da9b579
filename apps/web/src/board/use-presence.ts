import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../app/api-client';
import { t } from '../i18n/i18n';
import { useUiStore } from '../state/ui-store';
import { centreOfRect, screenToBoard, visibleArea } from '../state/viewport';
import type { LocalUser } from './board-context';
import { usePanelStore } from './panel-store';
import {
  type PresenceSummary,
  parsePeer,
  samePeopleList,
  summarisePresence,
  viewportFollowing,
} from './presence';
import { AWARENESS_INTERVAL_MS, throttle } from './throttle';

/** Publishes who we are, what we selected and where we look; awareness is cleared by the provider on leave. */
export function usePublishPresence(awareness: Awareness, user: LocalUser, role: Role): void {
  useEffect(() => {
    awareness.setLocalStateField('user', { ...user, role });
  }, [awareness, user, role]);

  useEffect(() => {
    const publishSelection = (state: { selectedStepId: string | null; selectedNoteId: string | null }) =>
      awareness.setLocalStateField('selection', {
        stepId: state.selectedStepId,
        noteId: state.selectedNoteId,
      });
    const publishView = throttle(() => {
      const { viewport, viewportSize, viewportInsets } = useUiStore.getState();
      if (viewportSize.width <= 0 || viewportSize.height <= 0) return;
      // The centre of what we see (beside any panel over the canvas) is what followers centre on.
      const center = screenToBoard(viewport, centreOfRect(visibleArea(viewportSize, viewportInsets)));
      awareness.setLocalStateField('view', { centerX: center.x, centerY: center.y, scale: viewport.scale });
    }, AWARENESS_INTERVAL_MS * 4);
    publishSelection(useUiStore.getState());
    publishView();
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (
        state.selectedStepId !== previous.selectedStepId ||
        state.selectedNoteId !== previous.selectedNoteId
      ) {
        publishSelection(state);
      }
      if (
        state.viewport !== previous.viewport ||
        state.viewportSize !== previous.viewportSize ||
        state.viewportInsets !== previous.viewportInsets
      )
        publishView();
    });
    return () => {
      unsubscribe();
      publishView.cancel();
    };
  }, [awareness]);
}

const EMPTY: PresenceSummary = { people: [], observerCount: 0, self: null };

/** Who is here; re-renders only when people, names, colours or roles change, not on cursor moves. */
export function usePresenceSummary(awareness: Awareness): PresenceSummary {
  const cache = useRef<PresenceSummary>(EMPTY);
  const read = useCallback(() => {
    const next = summarisePresence(awareness.getStates(), awareness.clientID);
    if (!samePeopleList(cache.current, next)) cache.current = next;
    return cache.current;
  }, [awareness]);
  const subscribe = useCallback(
    (notify: () => void) => {
      awareness.on('change', notify);
      return () => awareness.off('change', notify);
    },
    [awareness],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * While following someone, keeps our viewport centred where theirs is, at their zoom. Following stops when
 * we pan or zoom ourselves (the store clears the target), click them again, or they leave; each stop is
 * announced, since only the first is something the person did on purpose.
 */
export function useFollow(awareness: Awareness): void {
  const followTarget = useUiStore((state) => state.followTarget);
  useEffect(() => {
    if (followTarget === null) return;
    let name: string | null = null;
    let left = false;
    const apply = () => {
      const peer = parsePeer(followTarget, awareness.getStates().get(followTarget));
      if (!peer) {
        left = true;
        useUiStore.getState().setFollowTarget(null);
        return;
      }
      name = peer.user.name;
      if (!peer.view) return;
      const { viewport, viewportSize, viewportInsets, setViewport } = useUiStore.getState();
      if (viewportSize.width <= 0 || viewportSize.height <= 0) return;
      const next = viewportFollowing(peer.view, visibleArea(viewportSize, viewportInsets));
      // Every cursor move of anyone fires 'change': only a real move may redraw the board and re-publish.
      if (next.x === viewport.x && next.y === viewport.y && next.scale === viewport.scale) return;
      setViewport(next);
    };
    apply();
    // Announced once, at the moment it happens: in the language the reader has then.
    if (name) usePanelStore.getState().announce(t('follow.started', { name }));
    awareness.on('change', apply);
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      // Our own canvas resizing (window, side panel) moves our centre: re-centre on theirs.
      if (
        (state.viewportSize !== previous.viewportSize || state.viewportInsets !== previous.viewportInsets) &&
        state.followTarget === followTarget
      )
        apply();
      if (previous.followTarget === followTarget && state.followTarget !== followTarget && name) {
        usePanelStore
          .getState()
          .announce(left ? t('follow.leader-left', { name }) : t('follow.stopped', { name }));
      }
    });
    return () => {
      awareness.off('change', apply);
      unsubscribe();
    };
  }, [awareness, followTarget]);
}
