import { ErrorCode } from '@habeas/shared';
import { notifications } from '@mantine/notifications';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { describeError } from '../common/describe-error';

export interface ConflictNotice {
  /** What to tell the user when someone else saved first ("The person changed meanwhile…"). */
  message: string;
  /** The query to reload then, so the page shows the other version. */
  reload?: QueryKey;
}

/**
 * How a failed change (delete, restore, a quick save outside a form) is told, the same on every
 * page: a 409 VERSION_CONFLICT says someone else saved first and reloads the record; anything
 * else says why it failed. Returns true for a conflict.
 */
export function useSaveFailure() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (error: unknown, conflict: ConflictNotice): boolean => {
    if (isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT) {
      notifications.show({ title: t('conflict.title'), message: conflict.message, color: 'orange.9' });
      if (conflict.reload) void queryClient.invalidateQueries({ queryKey: conflict.reload });
      return true;
    }
    notifications.show({
      title: t('forms.saveFailed'),
      message: describeError(error, t).message,
      color: 'red.9',
    });
    return false;
  };
}
