import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { ChallengeStatus } from '@ouimake/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { ChallengeForm } from '../modules/challenges/components/ChallengeForm';
import { ChallengeStatusBadge } from '../modules/challenges/components/ChallengeStatusBadge';
import { EditChallengeQuery } from '../modules/challenges/graphql/EditChallenge.query';
import { BackLink } from '../ui/BackLink';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { NotAllowed } from '../ui/NotAllowed';
import { PageLoader } from '../ui/PageLoader';

/** `/challenges/:id/edit`: a holder edits a draft or an open challenge. */
export function EditChallengePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('challengeForm.editDocumentTitle'));
  return (
    <RequireSignIn>
      <EditChallenge />
    </RequireSignIn>
  );
}

function EditChallenge() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(EditChallengeQuery, { variables: { id } });
  const challenge = data?.challenge;

  if (data && !challenge) {
    return (
      <Missing
        title={t('challengePage.notFound.title')}
        body={t('challengePage.notFound.body')}
        back={{ to: '/', label: t('challengePage.back') }}
      />
    );
  }
  if (!challenge) {
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
  const back = { to: `/challenges/${challenge.id}`, label: t('challengeForm.backToChallenge') };
  if (!challenge.project.viewerIsHolder) {
    return (
      <NotAllowed
        title={t('challengeForm.notHolder.editTitle')}
        body={t('challengeForm.notHolder.body', { project: challenge.project.name })}
        back={back}
      />
    );
  }
  if (challenge.status === ChallengeStatus.CLOSED) {
    return (
      <NotAllowed title={t('challengeForm.closed.title')} body={t('challengeForm.closed.body')} back={back} />
    );
  }
  return (
    <Stack gap="xl" maw={860}>
      <Stack gap="sm">
        <BackLink to={back.to}>{back.label}</BackLink>
        <Title order={1}>{t('challengeForm.editTitle')}</Title>
        <Text size="xl" c="ink.8" component="div">
          <ChallengeStatusBadge status={challenge.status} /> {challenge.title}
        </Text>
      </Stack>
      <ChallengeForm
        project={challenge.project}
        challenge={challenge}
        onSaved={(saved) => void navigate(`/challenges/${saved}`)}
      />
    </Stack>
  );
}
