import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ChallengeBoard } from '../modules/challenges/components/ChallengeBoard';
import classes from './BoardPage.module.css';

/** `/` and `/challenges`: the board of challenges. */
export function BoardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('board.documentTitle'));
  return (
    <Stack gap="lg">
      <Stack gap="sm" maw={720} className={classes.head}>
        <Title order={1} className={classes.title}>
          {t('board.title')}
        </Title>
        <Text size="xl" c="ink.8" className={classes.intro}>
          {t('board.intro')}
        </Text>
      </Stack>
      <ChallengeBoard />
    </Stack>
  );
}
