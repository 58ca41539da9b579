/**
 * WebSocket close codes sent by the relay. Standard codes where one fits; 4xxx mirror the HTTP status of
 * the same meaning so the web client can explain them.
 */
export const CloseCode = {
  /** A text frame: the protocol is binary only. */
  unsupportedData: 1003,
  /** A frame that is not a valid y-websocket message, or an update that is not valid Yjs. */
  invalidPayload: 1007,
  /** A message over MAX_MESSAGE_BYTES. */
  messageTooBig: 1009,
  /** Storage failed: the update was not stored, so it was not accepted. */
  internalError: 1011,
  /** The relay is restarting: reconnect. */
  serviceRestart: 1012,
  /** MAX_ROOMS rooms are busy: retry later. */
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
  /** Too many messages per second, or too many failed key attempts from this address. */
  tooManyRequests: 4429,
  /** Too many connections on this board. */
  boardFull: 4503,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];
