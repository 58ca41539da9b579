import { type Message, type MessageKey, message } from '../i18n/i18n';
import type { ApiError } from './api-client';

/** What to tell someone whose board link could not be opened, as keys: translated where it is shown. */
export interface ErrorCopy {
  readonly title: MessageKey;
  readonly message: Message;
  readonly retry: boolean;
}

/** What to tell someone whose board link could not be opened. */
export function boardErrorCopy(error: ApiError): ErrorCopy {
  switch (error.kind) {
    case 'unauthorized':
      return {
        title: 'board-error.unauthorized.title',
        message: message('board-error.unauthorized.message'),
        retry: false,
      };
    case 'not-found':
      return {
        title: 'board-error.not-found.title',
        message: message('board-error.not-found.message'),
        retry: false,
      };
    case 'bad-request':
      return {
        title: 'board-error.bad-request.title',
        message: message('board-error.bad-request.message'),
        retry: false,
      };
    case 'rate-limited':
      return {
        title: 'board-error.rate-limited.title',
        message: message('board-error.rate-limited.message'),
        retry: true,
      };
    case 'network':
      return {
        title: 'board-error.network.title',
        message: message('board-error.network.message'),
        retry: true,
      };
    case 'server':
      // The detail is the server's own diagnostic (a status, a reason code): passed on as it is.
      return {
        title: 'board-error.server.title',
        message: message('board-error.server.message', { detail: error.message }),
        retry: true,
      };
    case 'invalid-response':
      return {
        title: 'board-error.invalid-response.title',
        message: message('board-error.invalid-response.message', { detail: error.message }),
        retry: true,
      };
  }
}
