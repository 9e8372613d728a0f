import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ChallengeBoard } from '../modules/challenges/components/ChallengeBoard';

/** `/` and `/challenges`: the board of challenges. */
export function BoardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('board.documentTitle'));
  return (
    <Stack gap="xl">
      <Stack gap="sm" maw={720}>
        <Title order={1}>{t('board.title')}</Title>
        <Text size="xl" c="ink.8">
          {t('board.intro')}
        </Text>
      </Stack>
      <ChallengeBoard />
    </Stack>
  );
}
