import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OfflineNotice } from '../shared/OfflineNotice';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ProjectorView } from '../modules/brainstorm/components/ProjectorView';
import { ProjectorPageQuery } from '../modules/brainstorm/graphql/ProjectorPage.query';
import { useChallengeActivity } from '../modules/live/hooks/useChallengeActivity';
import { LiveRegion } from '../ui/LiveRegion';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';
import classes from './ProjectorPage.module.css';

/**
 * `/challenges/:id/live`: the challenge on a projector, full screen and live, without the board's
 * header; the room hears nothing, screen readers hear each new idea.
 */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ProjectorPageQuery, { variables: { id } });
  const challenge = data?.challenge ?? null;
  const missing = data !== undefined && !challenge;
  // Everyone's ideas are news on a projector, the one who runs it included.
  const { announcement } = useChallengeActivity(challenge?.id ?? null, { viewerId: null });
  useDocumentTitle(
    challenge
      ? t('brainstorm.projector.documentTitle', { title: challenge.title })
      : missing
        ? t('challengePage.notFound.documentTitle')
        : t('app.name'),
  );

  if (challenge) {
    return (
      <>
        <ProjectorView challenge={challenge} host={window.location.host} origin={window.location.origin} />
        <LiveRegion message={announcement} />
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
          body={t('challengePage.error.body')}
          retryLabel={t('challengePage.error.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : (
        <PageLoader label={t('brainstorm.projector.loading')} />
      )}
    </main>
  );
}
