import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { AdminUserList } from '../modules/accounts/components/AdminUserList';
import { ForbiddenState } from '../modules/accounts/components/ForbiddenState';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { useViewer } from '../modules/accounts/hooks/useViewer';

/** `/admin/users`: admins see every account and set roles; others are told the page is not theirs. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.documentTitle'));
  return (
    <RequireSignIn>
      <Stack gap="xl">
        <Stack gap="sm" maw={720}>
          <Title order={1}>{t('admin.title')}</Title>
          <Text size="xl" c="ink.8">
            {t('admin.intro')}
          </Text>
        </Stack>
        <AdminOnly />
      </Stack>
    </RequireSignIn>
  );
}

function AdminOnly() {
  const { viewer, isAdmin } = useViewer();
  if (!viewer || !isAdmin) return <ForbiddenState />;
  return <AdminUserList viewerId={viewer.id} />;
}
