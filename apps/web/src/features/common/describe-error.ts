import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';

/** A message a reader can act on: the API's own message, else "cannot reach the server", else generic. */
export function describeError(error: unknown, t: TFunction): { message: string; requestId?: string } {
  if (isApiError(error)) {
    if (error.statusCode >= 500) {
      return {
        message: t('common.unexpectedError'),
        ...(error.requestId ? { requestId: error.requestId } : {}),
      };
    }
    return { message: error.message, ...(error.requestId ? { requestId: error.requestId } : {}) };
  }
  // fetch() rejects with a TypeError when the network or the server is down.
  if (error instanceof TypeError) return { message: t('common.networkError') };
  return { message: t('common.unexpectedError') };
}
