/** Thrown by mutations given invalid input by the local caller (never by reading a peer's data). */
export class JourneyError extends Error {
  override readonly name = 'JourneyError';
  constructor(
    message: string,
    readonly path: string = '',
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}
