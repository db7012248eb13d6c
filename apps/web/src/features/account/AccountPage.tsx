import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDevicesOff } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { PageHeader } from '../common/PageHeader';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { TotpSection } from './TotpSection';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** `/account`: the signed-in user's name, language, password, two-step verification and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const logOutEverywhere = async () => {
    setSigningOut(true);
    try {
      await signOut({ everywhere: true });
    } catch (error) {
      setSigningOut(false);
      setConfirming(false);
      notifications.show({
        color: 'red.9',
        title: t('auth.signOutFailed'),
        message: describeError(error, t).message,
      });
    }
  };

  return (
    <>
      <PageHeader
        title={t('account.title')}
        description={t('account.description', { role: t(`roles.${user.role}`) })}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Section id="account-profile" title={t('account.profile')}>
            <ProfileSection user={user} />
          </Section>
          <Section id="account-sessions" title={t('account.sessions')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('account.sessionsExplanation')}</Text>
              <Button
                variant="outline"
                color="red.9"
                leftSection={<IconDevicesOff size={18} aria-hidden />}
                onClick={() => setConfirming(true)}
              >
                {t('auth.logOutEverywhere')}
              </Button>
            </Stack>
          </Section>
        </Stack>
        <Stack gap="lg">
          <Section id="account-password" title={t('account.password')}>
            <PasswordSection />
          </Section>
          <Section id="account-totp" title={t('account.totp')}>
            <TotpSection user={user} />
          </Section>
        </Stack>
      </SimpleGrid>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('account.logOutEverywhereTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('account.logOutEverywhereConfirm')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={signingOut} onClick={() => void logOutEverywhere()}>
              {t('auth.logOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
