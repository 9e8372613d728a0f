import { Anchor, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowRight, IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getFragmentData } from '../gql';
import { ActivitySwitch } from '../modules/accounts/components/ActivitySwitch';
import { DeleteAccount } from '../modules/accounts/components/DeleteAccount';
import { ProfileForm } from '../modules/accounts/components/ProfileForm';
import { DownloadMyData } from '../modules/exports/components/DownloadMyData';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { RoleBadge } from '../modules/accounts/components/RoleBadge';
import { EmailVerificationNotice } from '../modules/notifications/components/EmailVerificationNotice';
import { MyProfileQuery } from '../modules/accounts/graphql/MyProfile.query';
import { ProfileFormFragment } from '../modules/accounts/graphql/ProfileForm.fragment';
import { InitialsAvatar } from '../ui/InitialsAvatar';
import { PageLoader } from '../ui/PageLoader';
import { StateMessage } from '../ui/StateMessage';

/** `/profile`: the signed-in person's own profile, editable. Signed out: sign in first. */
export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.documentTitle'));
  return (
    <RequireSignIn>
      <MyProfile />
    </RequireSignIn>
  );
}

/**
 * The address of the person's public profile, to give to a project's holder who wants to add them
 * (there is no directory of people to pick from), with a button that copies it.
 */
function ProfileAddress({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const address = `${window.location.origin}/users/${userId}`;
  return (
    <div>
      <Text size="sm" c="ink.7">
        {t('profile.shareHint')}
      </Text>
      <Group gap="xs" wrap="nowrap" mt={4}>
        <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{address}</Code>
        <CopyButton value={address}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="default" onClick={copy} style={{ flex: 'none' }}>
              <span aria-live="polite">{copied ? t('profile.copied') : t('profile.copy')}</span>
            </Button>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}

function MyProfile() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyProfileQuery);

  if (!data && !error) return <PageLoader label={t('profile.loading')} />;
  if (!data?.me) {
    return (
      <StateMessage
        role="alert"
        icon={<IconCloudOff size={36} stroke={1.6} />}
        title={t('profile.error.title')}
        action={
          <Button
            size="lg"
            leftSection={<IconRefresh size={20} aria-hidden="true" />}
            onClick={() => void refetch().catch(() => undefined)}
          >
            {t('profile.error.retry')}
          </Button>
        }
      >
        {t('profile.error.body')}
      </StateMessage>
    );
  }

  const me = getFragmentData(ProfileFormFragment, data.me);
  return (
    <Stack gap="xl" maw={720}>
      <Stack gap="sm">
        <Title order={1}>{t('profile.title')}</Title>
        <Text size="xl" c="ink.8">
          {t('profile.intro')}
        </Text>
      </Stack>
      <EmailVerificationNotice />
      <Paper p={{ base: 'md', sm: 'lg' }} radius="lg" withBorder bg="white">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <InitialsAvatar name={me.displayName} size={56} fz={22} />
          <Stack gap={6} miw={0}>
            <Group gap="sm">
              <Text fw={800} size="xl" style={{ overflowWrap: 'anywhere' }}>
                {me.displayName}
              </Text>
              <RoleBadge role={me.role} size="md" />
            </Group>
            <Text c="ink.7">{t('user.memberSince', { date: new Date(me.createdAt) })}</Text>
            {me.email && (
              <div>
                <Text style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={700}>
                    {t('profile.email')}
                  </Text>
                  {t('profile.emailSeparator')}
                  <span>{me.email}</span>
                </Text>
                <Text c="ink.7" size="sm">
                  {t('profile.emailHint')}
                </Text>
              </div>
            )}
            <Anchor component={Link} to={`/users/${me.id}`} fw={700}>
              <Group gap={4} component="span">
                {t('profile.viewPublic')}
                <IconArrowRight size={18} aria-hidden="true" />
              </Group>
            </Anchor>
            <ProfileAddress userId={me.id} />
            <Anchor component={Link} to="/settings/notifications" fw={700}>
              {t('notifications.settings.documentTitle')}
            </Anchor>
          </Stack>
        </Group>
      </Paper>
      <ProfileForm user={data.me} />
      <Paper
        component="section"
        aria-labelledby="your-data"
        p={{ base: 'md', sm: 'lg' }}
        radius="lg"
        withBorder
        bg="white"
      >
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="your-data">
              {t('personalData.profile.title')}
            </Title>
            <Text c="ink.7">{t('personalData.profile.intro')}</Text>
          </div>
          <ActivitySwitch user={data.me} />
          <DownloadMyData />
          <Anchor component={Link} to="/privacy" fw={700}>
            {t('personalData.profile.privacyLink')}
          </Anchor>
        </Stack>
      </Paper>
      <DeleteAccount />
    </Stack>
  );
}
