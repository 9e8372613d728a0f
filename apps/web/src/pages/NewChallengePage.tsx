import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { ChallengeForm } from '../modules/challenges/components/ChallengeForm';
import { HeldProject } from '../modules/projects/components/HeldProject';
import { BackLink } from '../ui/BackLink';

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
  return (
    <HeldProject
      slug={slug}
      notHolder={(name) => ({
        title: t('challengeForm.notHolder.title'),
        body: t('challengeForm.notHolder.body', { project: name }),
      })}
    >
      {(project) => (
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
      )}
    </HeldProject>
  );
}
