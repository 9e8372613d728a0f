import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { MyContributions } from '../modules/notifications/components/MyContributions';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** `/my-contributions`: what became of the person's ideas. */
export function MyContributionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.contributions.documentTitle'));
  return (
    <RequireSignIn>
      <Container size="sm" px={0}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1}>{t('notifications.contributions.title')}</Title>
            <Text c="ink.8" size="lg">
              {t('notifications.contributions.intro')}
            </Text>
          </Stack>
          <MyContributions />
        </Stack>
      </Container>
    </RequireSignIn>
  );
}
