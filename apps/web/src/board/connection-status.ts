import { DOC_NAMES, type DocName } from '@journeyboard/journey/contract';
import type { CloseExplanation } from './close-reasons';

export { DOC_NAMES, type DocName };

/** What one provider has told us so far. */
export interface DocLinkState {
  readonly phase: 'connecting' | 'connected' | 'disconnected';
  readonly synced: boolean;
  readonly everConnected: boolean;
  /** Set once the relay refused this document for good. */
  readonly refusal: (CloseExplanation & { code: number }) | null;
  /** The latest close, kept to explain why we are reconnecting. */
  readonly lastClose: { code: number; message: string } | null;
}

export const INITIAL_LINK_STATE: DocLinkState = {
  phase: 'connecting',
  synced: false,
  everConnected: false,
  refusal: null,
  lastClose: null,
};

export type ConnectionStatus =
  | { readonly kind: 'connecting'; readonly detail: string }
  | { readonly kind: 'connected'; readonly detail: string }
  | { readonly kind: 'offline'; readonly detail: string }
  | { readonly kind: 'refused'; readonly detail: string; readonly doc: DocName; readonly code: number };

const OFFLINE_KEPT = 'Your changes are kept on this device and will sync when the connection returns.';

/** One status for the whole board, most serious first: refused, offline, connecting, connected. */
export function summariseConnection(
  links: Readonly<Record<DocName, DocLinkState>>,
  browserOnline: boolean,
): ConnectionStatus {
  for (const doc of DOC_NAMES) {
    const refusal = links[doc].refusal;
    if (refusal) return { kind: 'refused', detail: refusal.message, doc, code: refusal.code };
  }
  if (!browserOnline) return { kind: 'offline', detail: `This device is offline. ${OFFLINE_KEPT}` };
  const all = DOC_NAMES.map((doc) => links[doc]);
  if (all.every((link) => link.phase === 'connected') && links.content.synced) {
    return { kind: 'connected', detail: 'All changes are synced live.' };
  }
  const lost = all.find((link) => link.phase !== 'connected' && (link.everConnected || link.lastClose));
  if (lost) {
    const why = lost.lastClose?.message ?? 'The connection to the relay was lost.';
    return { kind: 'offline', detail: `${why} Reconnecting… ${OFFLINE_KEPT}` };
  }
  return { kind: 'connecting', detail: 'Connecting to the board…' };
}

export const STATUS_LABELS: Readonly<Record<ConnectionStatus['kind'], string>> = {
  connected: 'Connected',
  connecting: 'Connecting',
  offline: 'Offline',
  refused: 'Refused',
};
