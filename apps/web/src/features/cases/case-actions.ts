import { ErrorCode } from '@habeas/shared';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useSaveFailure } from '../forms/use-save-failure';
import { timelineKeys } from '../timeline';
import { caseKeys } from './cases-api';

/** Everything cached about a case after one of its records changed (its page, lists, deadlines). */
export function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: timelineKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['appeals'] });
    void queryClient.invalidateQueries({ queryKey: ['deadlines'] });
  };
}

export function useNotify() {
  const { t } = useTranslation();
  const saveFailure = useSaveFailure();
  return {
    success: (message: string) =>
      notifications.show({
        message,
        color: 'habeas',
        icon: createElement(IconCheck, { size: 18, 'aria-hidden': true }),
      }),
    failure: (error: unknown) => {
      saveFailure(error, { message: t('cases.changedMeanwhile') });
    },
  };
}

/**
 * A one-click change to a case (remove a participant, delete a hearing): on success the case page
 * is refreshed and the user told; on failure told why (a 409 also refreshes, to show the current
 * version).
 */
export function useCaseAction<A>(
  caseId: string,
  run: (args: A) => Promise<unknown>,
  done: (args: A) => string,
) {
  const refresh = useRefreshCase(caseId);
  const notify = useNotify();
  return useMutation({
    mutationFn: run,
    onSuccess: (_result, args) => {
      refresh();
      notify.success(done(args));
    },
    onError: (error) => {
      notify.failure(error);
      if (isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT) refresh();
    },
  });
}
