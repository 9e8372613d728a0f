import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { NotificationList } from '../modules/notifications/components/NotificationList';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** `/notifications`: everything that happened around the person, by day. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.page.documentTitle'));
  return (
    <RequireSignIn>
      <Container size="sm" px={0}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap={4}>
              <Title order={1}>{t('notifications.page.title')}</Title>
              <Text c="ink.8" size="lg">
                {t('notifications.page.intro')}
              </Text>
            </Stack>
            <Anchor component={Link} to="/settings/notifications">
              {t('notifications.page.settingsLink')}
            </Anchor>
          </Group>
          <NotificationList />
        </Stack>
      </Container>
    </RequireSignIn>
  );
}
