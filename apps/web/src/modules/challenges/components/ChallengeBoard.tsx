import { Alert, Button, Loader, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCloudOff, IconPinned, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StateMessage } from '../../../ui/StateMessage';
import { useChallengeBoard } from '../hooks/useChallengeBoard';
import classes from './ChallengeBoard.module.css';
import { ChallengeCard } from './ChallengeCard';
import { ChallengeCardSkeleton } from './ChallengeCardSkeleton';

const gridCols = { base: 1, sm: 2, lg: 3 };
const SKELETON_COUNT = 6;

/** The board: every public challenge as a card, newest first, a page at a time. */
export function ChallengeBoard() {
  const { t } = useTranslation();
  const board = useChallengeBoard();

  if (board.isLoading) {
    return (
      <div aria-busy="true">
        <VisuallyHidden role="status">{t('board.loading')}</VisuallyHidden>
        <SimpleGrid cols={gridCols} spacing="xl" verticalSpacing={36} pt="md">
          {Array.from({ length: SKELETON_COUNT }, (_, index) => (
            <ChallengeCardSkeleton key={index} />
          ))}
        </SimpleGrid>
      </div>
    );
  }

  if (board.error) {
    return (
      <StateMessage
        role="alert"
        icon={<IconCloudOff size={36} stroke={1.6} />}
        title={t('board.error.title')}
        action={
          <Button
            size="lg"
            leftSection={<IconRefresh size={20} aria-hidden="true" />}
            loading={board.isRetrying}
            onClick={board.retry}
          >
            {t('board.error.retry')}
          </Button>
        }
      >
        {t('board.error.body')}
      </StateMessage>
    );
  }

  if (board.challenges.length === 0) {
    return (
      <StateMessage icon={<IconPinned size={36} stroke={1.6} />} title={t('board.empty.title')}>
        {t('board.empty.body')}
      </StateMessage>
    );
  }

  return (
    <Stack gap="lg">
      <Text fw={800} size="xl" className={classes.total}>
        {t('board.total', { count: board.totalCount })}
      </Text>
      <SimpleGrid
        component="ul"
        aria-label={t('board.listLabel')}
        className={classes.list}
        cols={gridCols}
        spacing="xl"
        verticalSpacing={36}
        pt="md"
      >
        {board.challenges.map((challenge) => (
          <li key={challenge.id} className={classes.item}>
            <ChallengeCard challenge={challenge} />
          </li>
        ))}
      </SimpleGrid>

      <Stack align="center" gap="sm">
        <Text c="ink.7" aria-live="polite">
          {t('board.shown', { shown: board.challenges.length, total: board.totalCount })}
        </Text>
        {board.loadMoreFailed && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            role="alert"
            className={classes.alert}
          >
            {t('board.loadMoreFailed')}
          </Alert>
        )}
        {board.hasMore && (
          <Button
            size="lg"
            // Not `loading`: it disables the button, and keyboard focus would fall back to the page.
            aria-disabled={board.isLoadingMore || undefined}
            leftSection={board.isLoadingMore ? <Loader size="sm" color="ink.9" /> : undefined}
            onClick={() => {
              if (!board.isLoadingMore) void board.loadMore();
            }}
          >
            {board.isLoadingMore ? t('board.loadingMore') : t('board.loadMore')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
