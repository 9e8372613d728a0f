import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { NotificationSettings } from '../modules/notifications/components/NotificationSettings';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** `/settings/notifications`: how the person hears about each topic, and their emails. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.settings.documentTitle'));
  return (
    <RequireSignIn>
      <Container size="md" px={0}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1}>{t('notifications.settings.title')}</Title>
            <Text c="ink.8" size="lg">
              {t('notifications.settings.intro')}
            </Text>
          </Stack>
          <NotificationSettings />
        </Stack>
      </Container>
    </RequireSignIn>
  );
}
