/**
 * The contract between the relay and the web client: roles, document names and WebSocket close codes.
 * Declared once here; the relay enforces it and the web client explains it (in sentences of its own).
 */

export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The Yjs documents of a board; each is one relay room named `<boardId>/<doc>`. */
export const DOC_NAMES = ['content', 'session', 'questions'] as const;
export type DocName = (typeof DOC_NAMES)[number];

export function isDocName(value: unknown): value is DocName {
  return typeof value === 'string' && (DOC_NAMES as readonly string[]).includes(value);
}

/**
 * WebSocket close codes sent by the relay. Standard codes where one fits; 4xxx mirror the HTTP status of
 * the same meaning so the web client can explain them.
 */
export const CloseCode = {
  /** A text frame: the protocol is binary only. */
  unsupportedData: 1003,
  /**
   * A frame that is not a valid y-websocket message, an update that is not valid Yjs, or a presence state
   * outside the presence schema (presence.ts) or presenting another role than the connection's.
   */
  invalidPayload: 1007,
  /** A message over MAX_MESSAGE_BYTES, or a presence state over its size limit. */
  messageTooBig: 1009,
  /** Storage failed, or handling the message failed unexpectedly: nothing of it was accepted. */
  internalError: 1011,
  /** The relay is restarting: reconnect. */
  serviceRestart: 1012,
  /**
   * MAX_ROOMS rooms are busy, storage is unavailable, or this connection fell behind (more than
   * MAX_BUFFERED_BYTES waited unsent for it: a reader too slow for the board's traffic): retry later, and
   * sync the latest state.
   */
  tryAgainLater: 1013,
  /** Board id or document name outside the accepted forms. */
  badRequest: 4400,
  /** Missing, wrong or rotated key. */
  unauthorized: 4401,
  /** Awareness for another client's id. */
  forbidden: 4403,
  /** Unknown or deleted board. */
  notFound: 4404,
  /** The document would grow past MAX_DOC_BYTES. */
  documentTooLarge: 4413,
  /**
   * An update the board's rules refuse (the sender's role, identity or the session state does not allow
   * it, or it does not fit the schema). Nothing of it was stored or sent on; the reason names what. The
   * client drops its local copy of the document and syncs again.
   */
  updateRefused: 4422,
  /** Too many messages per second, or too many failed key attempts from this address. */
  tooManyRequests: 4429,
  /** The stored board cannot be read (damaged storage): retrying cannot help until the host repairs it. */
  boardDamaged: 4500,
  /** Too many connections on this board (or for this role or address). */
  boardFull: 4503,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * A participant's identity is issued by the relay (`GET /api/boards/<id>` answers `identity: { id, token }`)
 * and presented again by the browser: in this request header over HTTP, and as this query parameter of
 * every websocket (`?key=…&identity=…`). A missing or invalid token gives no identity.
 */
export const IDENTITY_HEADER = 'x-journeyboard-identity';
export const IDENTITY_PARAM = 'identity';
