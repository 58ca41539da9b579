import type { ApiError } from './api-client';

export interface ErrorCopy {
  readonly title: string;
  readonly message: string;
  readonly retry: boolean;
}

/** What to tell someone whose board link could not be opened. */
export function boardErrorCopy(error: ApiError): ErrorCopy {
  switch (error.kind) {
    case 'unauthorized':
      return {
        title: 'This link is no longer valid',
        message:
          'The key in this link is wrong, or the facilitator has replaced it with a new one. Ask the facilitator for a fresh link.',
        retry: false,
      };
    case 'not-found':
      return {
        title: 'Board not found',
        message:
          'There is no board at this link. It may have been deleted, or the link was not copied completely.',
        retry: false,
      };
    case 'bad-request':
      return {
        title: 'This link is not valid',
        message: 'The link does not point to a board. Copy it again from the facilitator’s Share dialog.',
        retry: false,
      };
    case 'rate-limited':
      return {
        title: 'Too many attempts',
        message: 'This device tried too many links in a short time. Wait a minute, then try again.',
        retry: true,
      };
    case 'network':
      return {
        title: 'Cannot reach Journeyboard',
        message: 'The server did not answer. Check your connection, then try again.',
        retry: true,
      };
    case 'server':
      return {
        title: 'Journeyboard is having trouble',
        message: `The server could not open the board (${error.message}). Try again in a moment.`,
        retry: true,
      };
    case 'invalid-response':
      return { title: 'Something went wrong', message: error.message, retry: true };
  }
}
