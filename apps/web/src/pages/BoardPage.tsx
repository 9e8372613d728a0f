import { Anchor, Stack, Text, Title } from '@mantine/core';
import { IconDoorEnter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ChallengeBoard } from '../modules/challenges/components/ChallengeBoard';
import classes from './BoardPage.module.css';

/** `/` and `/challenges`: the board of challenges, and the way in for a room's code (`/j`). */
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
        {/* In a room, the projector shows a six-character code: typed here, it opens the challenge. */}
        <Anchor component={Link} to="/j" fw={800} c="ink.9" className={classes.join}>
          <IconDoorEnter size={20} aria-hidden="true" />
          {t('board.joinWithCode')}
        </Anchor>
      </Stack>
      <ChallengeBoard />
    </Stack>
  );
}
