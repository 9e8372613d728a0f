import { useQuery } from '@apollo/client/react';
import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getFragmentData } from '../gql';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { ChallengeView } from '../modules/challenges/components/ChallengeView';
import { ChallengeExportMenu } from '../modules/exports/components/ChallengeExportMenu';
import { ChallengePageQuery } from '../modules/challenges/graphql/ChallengePage.query';
import { ChallengeViewFragment } from '../modules/challenges/graphql/ChallengeView.fragment';
import { useChallengeActivity } from '../modules/live/hooks/useChallengeActivity';
import { BackLink } from '../ui/BackLink';
import { LiveRegion } from '../ui/LiveRegion';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';

/**
 * `/challenges/:id`: one challenge, with its context, its outcome, and what the viewer may do; live
 * while it is open (ideas, votes and rounds as they happen).
 */
export function ChallengePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ChallengePageQuery, {
    variables: { id },
    // Fetched again when live updates resume (catching up): the page is drawn again only if the
    // answer differs, not twice for the request's coming and going.
    notifyOnNetworkStatusChange: false,
  });
  const challenge = data?.challenge ? getFragmentData(ChallengeViewFragment, data.challenge) : null;
  const missing = data !== undefined && !data.challenge;
  const { viewer } = useViewer();
  const { announcement } = useChallengeActivity(challenge?.id ?? null, { viewerId: viewer?.id ?? null });
  useDocumentTitle(
    challenge
      ? t('challengePage.documentTitle', { title: challenge.title })
      : missing
        ? t('challengePage.notFound.documentTitle')
        : t('app.name'),
  );

  if (data?.challenge) {
    return (
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="sm">
          <BackLink to="/">{t('challengePage.back')}</BackLink>
          <ChallengeExportMenu challengeId={id} />
        </Group>
        <ChallengeView challenge={data.challenge} />
        <LiveRegion message={announcement} />
      </Stack>
    );
  }
  if (missing) {
    return (
      <Missing
        title={t('challengePage.notFound.title')}
        body={t('challengePage.notFound.body')}
        back={{ to: '/', label: t('challengePage.back') }}
      />
    );
  }
  if (error) {
    return (
      <LoadFailed
        title={t('challengePage.error.title')}
        body={t('challengePage.error.body')}
        retryLabel={t('challengePage.error.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return <PageLoader label={t('challengePage.loading')} />;
}
