import { CloseCode } from '@journeyboard/journey/contract';
import { type Message, type MessageKey, message } from '../i18n/i18n';

/** What each of the relay's WebSocket close codes (the contract's `CloseCode`) means to someone at the board. */
export interface CloseExplanation {
  /** Reconnecting cannot help: stop and tell the user. */
  readonly terminal: boolean;
  /** Translated where it is shown, in the reader's language. */
  readonly message: Message;
}

const EXPLANATIONS: Readonly<Record<number, { terminal: boolean; key: MessageKey }>> = {
  [CloseCode.unsupportedData]: { terminal: false, key: 'close.unsupported-data' },
  [CloseCode.invalidPayload]: { terminal: false, key: 'close.invalid-payload' },
  [CloseCode.messageTooBig]: { terminal: false, key: 'close.message-too-big' },
  [CloseCode.internalError]: { terminal: false, key: 'close.internal-error' },
  [CloseCode.serviceRestart]: { terminal: false, key: 'close.service-restart' },
  [CloseCode.tryAgainLater]: { terminal: false, key: 'close.try-again-later' },
  [CloseCode.badRequest]: { terminal: true, key: 'close.bad-request' },
  [CloseCode.unauthorized]: { terminal: true, key: 'close.unauthorized' },
  [CloseCode.forbidden]: { terminal: true, key: 'close.forbidden' },
  [CloseCode.notFound]: { terminal: true, key: 'close.not-found' },
  [CloseCode.documentTooLarge]: { terminal: true, key: 'close.document-too-large' },
  [CloseCode.updateRefused]: { terminal: false, key: 'close.update-refused' },
  [CloseCode.tooManyRequests]: { terminal: false, key: 'close.too-many-requests' },
  [CloseCode.boardDamaged]: { terminal: true, key: 'close.board-damaged' },
  [CloseCode.boardFull]: { terminal: false, key: 'close.board-full' },
};

export function explainClose(code: number, reason = ''): CloseExplanation {
  const known = EXPLANATIONS[code];
  if (known) return { terminal: known.terminal, message: message(known.key) };
  // Unknown 44xx codes follow y-websocket's convention: a deliberate, permanent refusal.
  const terminal = code >= 4400 && code < 4500;
  // The relay's reason is a code word, not a sentence: passed on as it is, inside a translated sentence.
  if (!reason) return { terminal, message: message(terminal ? 'close.refused' : 'close.closed') };
  return {
    terminal,
    message: message(terminal ? 'close.refused-because' : 'close.closed-because', { reason }),
  };
}

/**
 * The `shouldReconnect` predicate for WebsocketProvider: retry unless the refusal is permanent. A refused
 * update is not retried either: the same document would send the same refused change again, so the
 * board's connection starts over with fresh documents instead (BoardConnection's `onRefused`).
 */
export function shouldReconnectAfter(event: { code: number }): boolean {
  return event.code !== CloseCode.updateRefused && !explainClose(event.code).terminal;
}
