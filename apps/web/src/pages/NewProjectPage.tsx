import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { ProjectForm } from '../modules/projects/components/ProjectForm';

/** `/projects/new`: someone presents their project, and becomes its first holder. */
export function NewProjectPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('projectForm.newDocumentTitle'));
  return (
    <RequireSignIn>
      <Stack gap="xl" maw={860}>
        <Stack gap="sm">
          <Title order={1}>{t('projectForm.newTitle')}</Title>
          <Text size="xl" c="ink.8">
            {t('projectForm.newIntro')}
          </Text>
        </Stack>
        <Paper p={{ base: 'md', sm: 'xl' }} radius="lg" withBorder bg="white">
          <ProjectForm onSaved={(slug) => void navigate(`/projects/${slug}`)} />
        </Paper>
      </Stack>
    </RequireSignIn>
  );
}
