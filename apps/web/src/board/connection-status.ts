import { DOC_NAMES, type DocName } from '@journeyboard/journey/contract';
import { type Message, type MessageKey, message } from '../i18n/i18n';
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
  readonly lastClose: { code: number; message: Message } | null;
}

export const INITIAL_LINK_STATE: DocLinkState = {
  phase: 'connecting',
  synced: false,
  everConnected: false,
  refusal: null,
  lastClose: null,
};

/** `detail`: the sentences saying why, each translated where it is shown (joined with a space). */
export type ConnectionStatus =
  | { readonly kind: 'connecting'; readonly detail: readonly Message[] }
  | { readonly kind: 'connected'; readonly detail: readonly Message[] }
  | { readonly kind: 'offline'; readonly detail: readonly Message[] }
  | {
      readonly kind: 'refused';
      readonly detail: readonly Message[];
      readonly doc: DocName;
      readonly code: number;
    };

const OFFLINE_KEPT = message('status.changes-kept');

/** One status for the whole board, most serious first: refused, offline, connecting, connected. */
export function summariseConnection(
  links: Readonly<Record<DocName, DocLinkState>>,
  browserOnline: boolean,
): ConnectionStatus {
  for (const doc of DOC_NAMES) {
    const refusal = links[doc].refusal;
    if (refusal) return { kind: 'refused', detail: [refusal.message], doc, code: refusal.code };
  }
  if (!browserOnline) return { kind: 'offline', detail: [message('status.device-offline'), OFFLINE_KEPT] };
  const all = DOC_NAMES.map((doc) => links[doc]);
  if (all.every((link) => link.phase === 'connected') && links.content.synced) {
    return { kind: 'connected', detail: [message('status.all-synced')] };
  }
  const lost = all.find((link) => link.phase !== 'connected' && (link.everConnected || link.lastClose));
  if (lost) {
    const why = lost.lastClose?.message ?? message('status.connection-lost');
    return { kind: 'offline', detail: [why, message('status.reconnecting'), OFFLINE_KEPT] };
  }
  return { kind: 'connecting', detail: [message('status.connecting-detail')] };
}

function sameMessage(a: Message, b: Message): boolean {
  if (a.key !== b.key) return false;
  const av = a.values ?? {};
  const bv = b.values ?? {};
  const keys = Object.keys(av);
  return keys.length === Object.keys(bv).length && keys.every((k) => av[k] === bv[k]);
}

/** Whether two statuses would say the same thing (so listeners are not woken for nothing). */
export function sameStatus(a: ConnectionStatus, b: ConnectionStatus): boolean {
  return (
    a.kind === b.kind &&
    a.detail.length === b.detail.length &&
    a.detail.every((m, i) => sameMessage(m, b.detail[i]!))
  );
}

export const STATUS_LABEL_KEYS: Readonly<Record<ConnectionStatus['kind'], MessageKey>> = {
  connected: 'status.connected',
  connecting: 'status.connecting',
  offline: 'status.offline',
  refused: 'status.refused',
};
