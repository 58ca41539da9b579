import { CloseCode } from '@journeyboard/journey/contract';

/** What each of the relay's WebSocket close codes (the contract's `CloseCode`) means to someone at the board. */
export interface CloseExplanation {
  /** Reconnecting cannot help: stop and tell the user. */
  readonly terminal: boolean;
  readonly message: string;
}

const EXPLANATIONS: Readonly<Record<number, CloseExplanation>> = {
  [CloseCode.unsupportedData]: {
    terminal: false,
    message: 'The relay received data it does not understand.',
  },
  [CloseCode.invalidPayload]: { terminal: false, message: 'The relay rejected a change that was not valid.' },
  [CloseCode.messageTooBig]: { terminal: false, message: 'A change was too large for the relay to accept.' },
  [CloseCode.internalError]: { terminal: false, message: 'The relay could not store a change; retrying.' },
  [CloseCode.serviceRestart]: { terminal: false, message: 'The relay is restarting; reconnecting.' },
  [CloseCode.tryAgainLater]: { terminal: false, message: 'The relay is busy; trying again shortly.' },
  [CloseCode.badRequest]: { terminal: true, message: 'This board address is not valid.' },
  [CloseCode.unauthorized]: {
    terminal: true,
    message:
      'This link is not valid any more: the key is wrong or has been rotated. Ask the facilitator for a new link.',
  },
  [CloseCode.forbidden]: { terminal: true, message: 'The relay refused this connection.' },
  [CloseCode.notFound]: { terminal: true, message: 'This board does not exist or has been deleted.' },
  [CloseCode.documentTooLarge]: {
    terminal: true,
    message: 'The board has reached its maximum size, so further changes cannot be saved.',
  },
  [CloseCode.updateRefused]: {
    terminal: false,
    message: 'The relay refused a change you made; your copy of the board was reloaded from the relay.',
  },
  [CloseCode.tooManyRequests]: {
    terminal: false,
    message: 'Too many changes too quickly; slowing down and retrying.',
  },
  [CloseCode.boardDamaged]: {
    terminal: true,
    message:
      'The relay cannot read this board from its storage. Nothing more can be saved until the host repairs it (docs/deploy.md, "Damaged storage").',
  },
  [CloseCode.boardFull]: {
    terminal: false,
    message: 'Too many people are connected to this board; retrying.',
  },
};

export function explainClose(code: number, reason = ''): CloseExplanation {
  const known = EXPLANATIONS[code];
  if (known) return known;
  // Unknown 44xx codes follow y-websocket's convention: a deliberate, permanent refusal.
  const terminal = code >= 4400 && code < 4500;
  const detail = reason ? ` (${reason})` : '';
  return {
    terminal,
    message: terminal ? `The relay refused this board${detail}.` : `The connection closed${detail}.`,
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
