import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ShortlistView } from '../modules/curation/components/ShortlistView';
import { SHORTLIST_SIZE, ShortlistQuery } from '../modules/curation/graphql/Shortlist.query';
import { useChallengeActivity } from '../modules/live/hooks/useChallengeActivity';
import { OfflineNotice } from '../shared/OfflineNotice';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';
import classes from './ProjectorPage.module.css';

/**
 * `/challenges/:id/shortlist`: the challenge's shortlisted and selected ideas, full screen and
 * live, readable on a projector as on a phone.
 */
export function ShortlistPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ShortlistQuery, {
    variables: { id, first: SHORTLIST_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const challenge = data?.challenge ?? null;
  const missing = data !== undefined && !challenge;
  useChallengeActivity(challenge?.id ?? null, { viewerId: null });
  useDocumentTitle(
    challenge
      ? t('shortlist.documentTitle', { title: challenge.title })
      : missing
        ? t('challengePage.notFound.documentTitle')
        : t('app.name'),
  );

  if (challenge) {
    return (
      <>
        <ShortlistView
          challenge={challenge}
          ideas={challenge.ideas.edges.map(({ node }) => ({ ...node, voteCount: node.voteCount ?? null }))}
        />
        <OfflineNotice tone="dark" />
      </>
    );
  }
  return (
    <main id="main" className={classes.page}>
      {missing ? (
        <Missing
          title={t('challengePage.notFound.title')}
          body={t('challengePage.notFound.body')}
          back={{ to: '/', label: t('challengePage.back') }}
        />
      ) : error ? (
        <LoadFailed
          title={t('challengePage.error.title')}
          body={t('shortlist.error')}
          retryLabel={t('challengePage.error.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : (
        <PageLoader label={t('shortlist.loading')} />
      )}
    </main>
  );
}
