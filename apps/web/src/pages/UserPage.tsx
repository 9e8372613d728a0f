import { Button } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconCloudOff, IconRefresh, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getFragmentData } from '../gql';
import { UserProfile } from '../modules/accounts/components/UserProfile';
import { UserProfileFragment } from '../modules/accounts/graphql/UserProfile.fragment';
import { UserProfileQuery } from '../modules/accounts/graphql/UserProfile.query';
import { PageLoader } from '../ui/PageLoader';
import { StateMessage } from '../ui/StateMessage';

/** `/users/:id`: someone's public profile. */
export function UserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(UserProfileQuery, { variables: { id } });
  const user = data?.user ? getFragmentData(UserProfileFragment, data.user) : null;
  const missing = data !== undefined && !data.user;
  useDocumentTitle(
    user
      ? t('user.documentTitle', { name: user.displayName })
      : missing
        ? t('user.notFound.documentTitle')
        : t('app.name'),
  );

  if (data?.user) return <UserProfile user={data.user} />;
  if (missing) {
    return (
      <StateMessage
        titleOrder={1}
        icon={<IconUserQuestion size={36} stroke={1.6} />}
        title={t('user.notFound.title')}
        action={
          <Button
            component={Link}
            to="/"
            size="lg"
            leftSection={<IconArrowLeft size={20} aria-hidden="true" />}
          >
            {t('user.notFound.back')}
          </Button>
        }
      >
        {t('user.notFound.body')}
      </StateMessage>
    );
  }
  if (error) {
    return (
      <StateMessage
        role="alert"
        titleOrder={1}
        icon={<IconCloudOff size={36} stroke={1.6} />}
        title={t('user.error.title')}
        action={
          <Button
            size="lg"
            leftSection={<IconRefresh size={20} aria-hidden="true" />}
            onClick={() => void refetch().catch(() => undefined)}
          >
            {t('user.error.retry')}
          </Button>
        }
      >
        {t('user.error.body')}
      </StateMessage>
    );
  }
  return <PageLoader label={t('user.loading')} />;
}
