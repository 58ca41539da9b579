/**
 * The relay's WebSocket close codes (mirrored from apps/relay/src/close-codes.ts, which the web client
 * must not import) and what each means to someone at the board.
 */
export interface CloseExplanation {
  /** Reconnecting cannot help: stop and tell the user. */
  readonly terminal: boolean;
  readonly message: string;
}

const EXPLANATIONS: Readonly<Record<number, CloseExplanation>> = {
  1003: { terminal: false, message: 'The relay received data it does not understand.' },
  1007: { terminal: false, message: 'The relay rejected a change that was not valid.' },
  1009: { terminal: false, message: 'A change was too large for the relay to accept.' },
  1011: { terminal: false, message: 'The relay could not store a change; retrying.' },
  1012: { terminal: false, message: 'The relay is restarting; reconnecting.' },
  1013: { terminal: false, message: 'The relay is busy; trying again shortly.' },
  4400: { terminal: true, message: 'This board address is not valid.' },
  4401: {
    terminal: true,
    message:
      'This link is not valid any more: the key is wrong or has been rotated. Ask the facilitator for a new link.',
  },
  4403: { terminal: true, message: 'The relay refused this connection.' },
  4404: { terminal: true, message: 'This board does not exist or has been deleted.' },
  4413: {
    terminal: true,
    message: 'The board has reached its maximum size, so further changes cannot be saved.',
  },
  4429: { terminal: false, message: 'Too many changes too quickly; slowing down and retrying.' },
  4503: { terminal: false, message: 'Too many people are connected to this board; retrying.' },
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

/** The `shouldReconnect` predicate for WebsocketProvider: retry unless the refusal is permanent. */
export function shouldReconnectAfter(event: { code: number }): boolean {
  return !explainClose(event.code).terminal;
}
