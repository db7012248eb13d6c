import {
  ActionIcon,
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconCalendarPlus,
  IconCheck,
  IconCopy,
  IconKey,
  IconLock,
  IconPlugConnectedX,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../cases/case-actions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { createCalendarFeed, revokeCalendarFeed } from './appeals-api';

/**
 * "Subscribe in your calendar": a secret feed URL of the user's deadlines and hearings for Outlook,
 * Google or Apple Calendar. The URL is shown once; making a new one stops the old one; revoking
 * stops any.
 */
export function CalendarSubscription() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [url, setUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const create = useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (feed) => setUrl(feed.url),
    onError: notify.failure,
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => {
      setUrl(null);
      setConfirmRevoke(false);
      notify.success(t('appeals.calendar.revoked'));
    },
    onError: (error) => {
      setConfirmRevoke(false);
      notify.failure(error);
    },
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="calendar-feed-heading">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarPlus size={20} aria-hidden />
          <Title order={2} size="h4" id="calendar-feed-heading">
            {t('appeals.calendar.title')}
          </Title>
        </Group>
        <Text size="sm">{t('appeals.calendar.explanation')}</Text>
        {url ? (
          <Stack gap="sm">
            <Alert
              color="orange.9"
              variant="outline"
              icon={<IconLock aria-hidden />}
              title={t('appeals.calendar.secretTitle')}
            >
              {t('appeals.calendar.secret')}
            </Alert>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('appeals.calendar.url')}
                value={url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
                ff="monospace"
              />
              <CopyButton value={url} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip
                    label={copied ? t('appeals.calendar.copied') : t('appeals.calendar.copy')}
                    withArrow
                  >
                    <ActionIcon
                      size="lg"
                      variant={copied ? 'filled' : 'outline'}
                      onClick={copy}
                      aria-label={copied ? t('appeals.calendar.copied') : t('appeals.calendar.copy')}
                      mb={2}
                    >
                      {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" aria-live="polite">
              {t('appeals.calendar.howTo')}
            </Text>
          </Stack>
        ) : null}
        <Group gap="sm">
          <Button
            leftSection={<IconKey size={16} aria-hidden />}
            loading={create.isPending}
            onClick={() => create.mutate()}
            variant={url ? 'outline' : 'filled'}
          >
            {url ? t('appeals.calendar.newLink') : t('appeals.calendar.subscribe')}
          </Button>
          <Button
            variant="subtle"
            color="red.9"
            leftSection={<IconPlugConnectedX size={16} aria-hidden />}
            onClick={() => setConfirmRevoke(true)}
          >
            {t('appeals.calendar.revoke')}
          </Button>
        </Group>
        <Text size="xs">{t('appeals.calendar.rotateHint')}</Text>
      </Stack>
      <ConfirmDialog
        opened={confirmRevoke}
        title={t('appeals.calendar.revokeTitle')}
        message={t('appeals.calendar.confirmRevoke')}
        confirmLabel={t('appeals.calendar.revoke')}
        loading={revoke.isPending}
        onClose={() => setConfirmRevoke(false)}
        onConfirm={() => revoke.mutate()}
      />
    </Card>
  );
}
