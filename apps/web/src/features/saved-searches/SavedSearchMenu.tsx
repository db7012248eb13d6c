import { ErrorCode, type SavedSearch } from '@habeas/shared';
import {
  ActionIcon,
  Badge,
  Button,
  Divider,
  Group,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconBookmark,
  IconBookmarkPlus,
  IconCheck,
  IconChevronDown,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { ConfirmDeleteSavedSearch } from './ConfirmDeleteSavedSearch';
import classes from './SavedSearchMenu.module.css';
import { SaveSearchModal } from './SaveSearchModal';
import {
  cleanFilters,
  deleteSavedSearch,
  flattenFilters,
  savedSearchKeys,
  toSearchScope,
  useSavedSearches,
} from './saved-searches-api';

export interface SavedSearchMenuProps {
  /** The list: 'persons', 'organisations', 'events', 'cases', 'case_updates' (or 'case-updates'), 'sources'. */
  scope: string;
  /** The search text in force. */
  currentQuery: string;
  /** The list's filters in force (as in its URL). */
  currentFilters: Record<string, string | undefined>;
  /** Puts a saved search in force (replace the list's search and filters with these). */
  onApply: (query: string, filters: Record<string, string>) => void;
}

/**
 * "Saved searches" of a list: save the search and filters in force under a name (privately, or
 * shared with colleagues), re-run one of one's own or a colleague's, delete one's own. Results
 * are always those the person running it may see.
 */
export function SavedSearchMenu({
  scope: scopeName,
  currentQuery,
  currentFilters,
  onApply,
}: SavedSearchMenuProps) {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const scope = toSearchScope(scopeName);
  const [opened, setOpened] = useState(false);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const query = useSavedSearches(scope, opened);
  const headingId = useId();
  const filters = cleanFilters(currentFilters);
  const nothingToSave = currentQuery.trim() === '' && Object.keys(filters).length === 0;

  const remove = useMutation({
    mutationFn: (search: SavedSearch) => deleteSavedSearch(search.id, search.version),
    onSuccess: (_, search) => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: savedSearchKeys.all });
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        message: t('savedSearches.deleted', { name: search.name }),
      });
    },
    onError: (error) => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: savedSearchKeys.all });
      notifications.show({
        color: isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT ? 'orange.9' : 'red.9',
        title: t('savedSearches.deleteFailed'),
        message: describeError(error, t).message,
      });
    },
  });

  if (!scope || !can('read', 'SavedSearch')) return null;

  const apply = (search: SavedSearch) => {
    setOpened(false);
    onApply(search.query, flattenFilters(search.filters));
    notifications.show({ message: t('savedSearches.applied', { name: search.name }) });
  };

  const items = query.data?.items ?? [];
  const mine = items.filter((s) => s.mine);
  const shared = items.filter((s) => !s.mine);

  const describe = (search: SavedSearch) => {
    const parts: string[] = [];
    if (search.query) parts.push(`“${search.query}”`);
    const count = Object.keys(search.filters).length;
    if (count > 0) parts.push(t('savedSearches.filterCount', { n: count }));
    return parts.join(' · ') || t('savedSearches.noCriteria');
  };

  const row = (search: SavedSearch) => (
    <Group key={search.id} gap={4} wrap="nowrap" className={classes.row}>
      <UnstyledButton className={classes.apply} onClick={() => apply(search)}>
        <Text size="sm" fw={600} truncate>
          {search.name}
        </Text>
        <Text size="xs" truncate>
          {search.mine ? describe(search) : t('savedSearches.sharedBy', { name: search.owner.name })}
        </Text>
      </UnstyledButton>
      {search.mine && search.shared ? (
        <Badge size="xs" variant="outline" color="dark" leftSection={<IconUsers size={10} aria-hidden />}>
          {t('savedSearches.sharedBadge')}
        </Badge>
      ) : null}
      {search.mine && can('delete', 'SavedSearch') ? (
        <ActionIcon
          variant="subtle"
          color="red.9"
          aria-label={t('savedSearches.deleteNamed', { name: search.name })}
          onClick={() => {
            setOpened(false);
            setDeleting(search);
          }}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      ) : null}
    </Group>
  );

  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} trapFocus withinPortal>
        <Popover.Target>
          <Button
            variant="outline"
            leftSection={<IconBookmark size={18} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            onClick={() => setOpened((o) => !o)}
            aria-expanded={opened}
          >
            {t('savedSearches.button')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-labelledby={headingId} role="dialog">
          <Stack gap="sm">
            <Title order={2} size="h5" id={headingId}>
              {t('savedSearches.title')}
            </Title>
            {can('create', 'SavedSearch') ? (
              <Stack gap={4}>
                <Button
                  leftSection={<IconBookmarkPlus size={18} aria-hidden />}
                  onClick={() => {
                    setOpened(false);
                    setSaving(true);
                  }}
                  disabled={nothingToSave}
                >
                  {t('savedSearches.saveCurrent')}
                </Button>
                {nothingToSave ? <Text size="xs">{t('savedSearches.nothingToSave')}</Text> : null}
              </Stack>
            ) : null}
            <Divider />
            {query.isPending ? (
              <Group gap="xs" role="status">
                <Loader size="xs" aria-hidden />
                <Text size="sm">{t('common.loading')}</Text>
              </Group>
            ) : query.isError ? (
              <Stack gap={4} align="flex-start">
                <Text size="sm">{t('savedSearches.loadError')}</Text>
                <Button size="xs" variant="outline" onClick={() => void query.refetch()}>
                  {t('common.retry')}
                </Button>
              </Stack>
            ) : items.length === 0 ? (
              <Text size="sm">{t('savedSearches.empty')}</Text>
            ) : (
              <ScrollArea.Autosize mah={360} type="auto">
                <Stack gap="xs">
                  {mine.length > 0 ? (
                    <section aria-label={t('savedSearches.mine')}>
                      <Text size="xs" fw={700} tt="uppercase" mb={4}>
                        {t('savedSearches.mine')}
                      </Text>
                      <Stack gap={2}>{mine.map(row)}</Stack>
                    </section>
                  ) : null}
                  {shared.length > 0 ? (
                    <section aria-label={t('savedSearches.shared')}>
                      <Text size="xs" fw={700} tt="uppercase" mb={4}>
                        {t('savedSearches.shared')}
                      </Text>
                      <Stack gap={2}>{shared.map(row)}</Stack>
                    </section>
                  ) : null}
                </Stack>
              </ScrollArea.Autosize>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <SaveSearchModal
        opened={saving}
        onClose={() => setSaving(false)}
        scope={scope}
        query={currentQuery}
        filters={filters}
      />
      <ConfirmDeleteSavedSearch
        search={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={(search) => remove.mutate(search)}
        deleting={remove.isPending}
      />
    </>
  );
}
