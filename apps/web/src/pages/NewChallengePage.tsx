import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { ChallengeForm } from '../modules/challenges/components/ChallengeForm';
import { EditProjectQuery } from '../modules/projects/graphql/EditProject.query';
import { BackLink } from '../ui/BackLink';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { NotAllowed } from '../ui/NotAllowed';
import { PageLoader } from '../ui/PageLoader';

/** `/projects/:slug/challenges/new`: a holder posts a challenge for their project. */
export function NewChallengePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('challengeForm.newDocumentTitle'));
  return (
    <RequireSignIn>
      <NewChallenge />
    </RequireSignIn>
  );
}

function NewChallenge() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(EditProjectQuery, { variables: { slug } });
  const project = data?.project;

  if (data && !project) {
    return (
      <Missing
        title={t('projectPage.notFound.title')}
        body={t('projectPage.notFound.body')}
        back={{ to: '/', label: t('projectPage.notFound.back') }}
      />
    );
  }
  if (!project) {
    if (error) {
      return (
        <LoadFailed
          title={t('projectPage.error.title')}
          body={t('projectPage.error.body')}
          retryLabel={t('projectPage.error.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
    }
    return <PageLoader label={t('projectPage.loading')} />;
  }
  if (!project.viewerIsHolder) {
    return (
      <NotAllowed
        title={t('challengeForm.notHolder.title')}
        body={t('challengeForm.notHolder.body', { project: project.name })}
        back={{ to: `/projects/${project.slug}`, label: project.name }}
      />
    );
  }
  return (
    <Stack gap="xl" maw={860}>
      <Stack gap="sm">
        <BackLink to={`/projects/${project.slug}`}>{project.name}</BackLink>
        <Title order={1}>{t('challengeForm.newTitle')}</Title>
        <Text size="xl" c="ink.8">
          {t('challengeForm.newIntro', { project: project.name })}
        </Text>
      </Stack>
      <ChallengeForm project={project} onSaved={(id) => void navigate(`/challenges/${id}`)} />
    </Stack>
  );
}
