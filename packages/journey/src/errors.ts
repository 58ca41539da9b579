/**
 * Why the model refused a change, as a code the client words in the reader's language:
 * - `invalid`: a value does not fit its field (the `path` names the field);
 * - `too-long`: a text over its limit (`maximum` characters);
 * - `missing`: what it refers to is gone (someone deleted it meanwhile);
 * - `exists`: an id already in use;
 * - `no-votes-left`: every dot of this person is placed;
 * - `newer-version` / `not-migrated`: the board's schema is not the one this code writes.
 */
export type JourneyErrorCode =
  | 'invalid'
  | 'too-long'
  | 'missing'
  | 'exists'
  | 'no-votes-left'
  | 'newer-version'
  | 'not-migrated';

/** Thrown by mutations given invalid input by the local caller (never by reading a peer's data). */
export class JourneyError extends Error {
  override readonly name = 'JourneyError';
  constructor(
    message: string,
    readonly path: string = '',
    readonly code: JourneyErrorCode = 'invalid',
    /** For `too-long`: how many characters the text may have. */
    readonly maximum?: number,
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

/** The error for a value the schema refused (its first issue), with the field's path. */
export function refusedValue(
  issue: { path: string; message: string; maximum?: number },
  path: string,
): JourneyError {
  return issue.maximum === undefined
    ? new JourneyError(issue.message, path)
    : new JourneyError(issue.message, path, 'too-long', issue.maximum);
}
