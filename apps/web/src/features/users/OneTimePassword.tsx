import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A password shown once (never stored in clear): the value, a copy button, and what to do with it. */
export function OneTimePassword({ password, email }: { password: string; email: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert
        color="orange.9"
        variant="outline"
        icon={<IconKey aria-hidden />}
        title={t('users.oneTime.title')}
      >
        <Text size="sm">{t('users.oneTime.explanation', { email })}</Text>
      </Alert>
      <Text size="sm" fw={600}>
        {t('users.oneTime.label')}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code fz="lg" px="sm" py={6} style={{ userSelect: 'all', overflowWrap: 'anywhere' }}>
          {password}
        </Code>
        <CopyButton value={password} timeout={2_000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('users.oneTime.copied') : t('users.oneTime.copy')} withArrow>
              <ActionIcon
                variant={copied ? 'filled' : 'outline'}
                size="lg"
                onClick={copy}
                aria-label={copied ? t('users.oneTime.copied') : t('users.oneTime.copy')}
              >
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" role="status">
        {t('users.oneTime.once')}
      </Text>
    </Stack>
  );
}
