import { useEffect } from 'react';
import { preloadAfterPanel } from '../after/after-panel';
import type { Role } from '../app/api-client';
import { browserIdle, type IdleScheduler } from '../app/use-idle-after';
import { preloadFeedbackPanel } from '../feedback/feedback-panel-host';
import { useBoardDrawn } from './use-board-drawn';

/** The panels whose code loads only when they are opened; the others load once the board is drawn. */
export type PanelCode = 'after' | 'feedback';

/** The panels this role can open: the customer-feedback panel is the facilitator's. */
export function panelCodeFor(role: Role): readonly PanelCode[] {
  return role === 'facilitator' ? ['after', 'feedback'] : ['after'];
}

/** Longest wait for an idle moment before fetching anyway. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Fetches the panels' code at the browser's next idle moment (not their exports' libraries: jsPDF loads
 * only when a PDF is made). A panel whose code did not arrive now simply loads when it is opened. Returns
 * a function that cancels what has not started.
 */
export function prefetchPanelCode(
  codes: readonly PanelCode[],
  loaders: Readonly<Record<PanelCode, () => Promise<unknown>>>,
  idle: IdleScheduler = browserIdle,
): () => void {
  return idle.request(() => {
    for (const code of codes) loaders[code]().catch(() => {});
  }, IDLE_TIMEOUT_MS);
}

const LOADERS: Readonly<Record<PanelCode, () => Promise<unknown>>> = {
  after: preloadAfterPanel,
  feedback: preloadFeedbackPanel,
};

/**
 * Once the board is drawn (useBoardDrawn: its content here, every column in view mounted, then an idle
 * moment, so never during the first render) and the browser is idle again, fetches the code of the
 * panels that otherwise load when opened, so they still open if the network drops later.
 */
export function usePanelCodePrefetch(role: Role): void {
  const drawn = useBoardDrawn();
  useEffect(() => {
    if (!drawn) return;
    return prefetchPanelCode(panelCodeFor(role), LOADERS);
  }, [drawn, role]);
}
