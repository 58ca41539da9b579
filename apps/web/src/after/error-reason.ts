import { ApiError } from '../app/api-client';
import { isCodeLoadError } from '../app/code-load-error';
import { FileFetchError } from '../evidence/evidence-api';
import type { Translate } from '../i18n/i18n';

/**
 * Why a request of the after-the-workshop panel failed, in the reader's language: a failure the client
 * can name (no answer, a refused key, a gone board…) becomes a sentence; a refusal of what was sent keeps
 * the server's detail (which names the offending field).
 */
export function errorReason(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return t('after.error.network');
      case 'unauthorized':
        return t('after.error.unauthorized');
      case 'not-found':
        return t('after.error.not-found');
      case 'rate-limited':
        return t('after.error.rate-limited');
      case 'server':
        return t('after.error.server');
      case 'invalid-response':
        return t('after.error.invalid-response');
      case 'bad-request':
        return error.message;
    }
  }
  if (error instanceof FileFetchError) {
    return error.status === null ? t('after.error.network') : t('after.error.file', { status: error.status });
  }
  // The export's own code loads on demand: the browser words its absence in English.
  if (isCodeLoadError(error)) return t('after.error.code-missing');
  return error instanceof Error ? error.message : String(error);
}
