import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { ProjectForm } from '../modules/projects/components/ProjectForm';
import { EditProjectQuery } from '../modules/projects/graphql/EditProject.query';
import { BackLink } from '../ui/BackLink';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { NotAllowed } from '../ui/NotAllowed';
import { PageLoader } from '../ui/PageLoader';

/** `/projects/:slug/edit`: a holder edits how the project presents itself. */
export function EditProjectPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projectForm.editDocumentTitle'));
  return (
    <RequireSignIn>
      <EditProject />
    </RequireSignIn>
  );
}

function EditProject() {
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
  const back = { to: `/projects/${project.slug}`, label: project.name };
  if (!project.viewerIsHolder) {
    return (
      <NotAllowed
        title={t('projectForm.notHolder.title')}
        body={t('projectForm.notHolder.body', { project: project.name })}
        back={back}
      />
    );
  }
  return (
    <Stack gap="xl" maw={860}>
      <Stack gap="sm">
        <BackLink to={back.to}>{back.label}</BackLink>
        <Title order={1}>{t('projectForm.editTitle')}</Title>
      </Stack>
      <Paper p={{ base: 'md', sm: 'xl' }} radius="lg" withBorder bg="white">
        <ProjectForm project={project} onSaved={(saved) => void navigate(`/projects/${saved}`)} />
      </Paper>
    </Stack>
  );
}
