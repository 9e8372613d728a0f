import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { HeldProject } from '../modules/projects/components/HeldProject';
import { ProjectForm } from '../modules/projects/components/ProjectForm';
import { BackLink } from '../ui/BackLink';

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
  return (
    <HeldProject
      slug={slug}
      notHolder={(name) => ({
        title: t('projectForm.notHolder.title'),
        body: t('projectForm.notHolder.body', { project: name }),
      })}
    >
      {(project) => (
        <Stack gap="xl" maw={860}>
          <Stack gap="sm">
            <BackLink to={`/projects/${project.slug}`}>{project.name}</BackLink>
            <Title order={1}>{t('projectForm.editTitle')}</Title>
          </Stack>
          <Paper p={{ base: 'md', sm: 'xl' }} radius="lg" withBorder bg="white">
            <ProjectForm project={project} onSaved={(saved) => void navigate(`/projects/${saved}`)} />
          </Paper>
        </Stack>
      )}
    </HeldProject>
  );
}
