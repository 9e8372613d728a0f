import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArchive,
  IconCloudOff,
  IconFilterOff,
  IconPinned,
  IconRefresh,
  IconSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateMessage } from '../../../ui/StateMessage';
import { type BoardFilters, effectiveSort, isFiltered } from '../boardFilters';
import { useBoardFilters } from '../hooks/useBoardFilters';
import { useChallengeBoard } from '../hooks/useChallengeBoard';
import { BoardFilterBar } from './BoardFilterBar';
import classes from './ChallengeBoard.module.css';
import { ChallengeCard } from './ChallengeCard';
import { ChallengeCardSkeleton } from './ChallengeCardSkeleton';

const gridCols = { base: 1, sm: 2, lg: 3 };
const SKELETON_COUNT = 6;

/**
 * The board: the challenges matching the filters of the address (status, search, themes, city,
 * order) as cards, a page at a time.
 */
export function ChallengeBoard() {
  const { filters, change, clear } = useBoardFilters();
  return (
    <Stack gap="xl">
      <BoardFilterBar filters={filters} onChange={change} onClear={clear} />
      <BoardResults filters={filters} onChange={change} onClear={clear} />
    </Stack>
  );
}

function BoardResults({
  filters,
  onChange: change,
  onClear: clear,
}: {
  filters: BoardFilters;
  onChange: (changes: Partial<BoardFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const board = useChallengeBoard(filters);
  const filtered = isFiltered(filters);

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

  if (board.challenges.length === 0 && !board.isUpdating) {
    if (filtered) {
      return (
        <StateMessage
          role="status"
          icon={<IconSearch size={36} stroke={1.6} />}
          title={t('board.noMatch.title')}
          action={
            <Group justify="center" gap="sm">
              <Button size="lg" leftSection={<IconFilterOff size={20} aria-hidden="true" />} onClick={clear}>
                {t('board.noMatch.clear')}
              </Button>
              {filters.status === 'open' && (
                <Button size="lg" variant="default" onClick={() => change({ status: 'all' })}>
                  {t('board.noMatch.includeClosed')}
                </Button>
              )}
            </Group>
          }
        >
          {filters.query
            ? t('board.noMatch.bodyWithQuery', { query: filters.query })
            : t('board.noMatch.body')}
        </StateMessage>
      );
    }
    if (filters.status === 'closed') {
      return (
        <StateMessage
          icon={<IconArchive size={36} stroke={1.6} />}
          title={t('board.noClosed.title')}
          action={
            <Button size="lg" onClick={() => change({ status: 'open' })}>
              {t('board.noClosed.action')}
            </Button>
          }
        >
          {t('board.noClosed.body')}
        </StateMessage>
      );
    }
    return (
      <StateMessage
        icon={<IconPinned size={36} stroke={1.6} />}
        title={t('board.empty.title')}
        action={
          <Button component={Link} to="/projects/new" size="lg">
            {t('board.empty.action')}
          </Button>
        }
      >
        {t('board.empty.body')}
      </StateMessage>
    );
  }

  return (
    <Stack gap="lg">
      <Group gap="sm" aria-live="polite">
        <Text fw={800} size="xl" className={classes.total}>
          {filtered
            ? t('board.found', { count: board.totalCount })
            : t(`board.total.${filters.status}`, { count: board.totalCount })}
        </Text>
        {board.isUpdating && (
          <Group gap={6} c="ink.7" role="status">
            <Loader size="xs" color="ink.7" aria-hidden="true" />
            <Text size="sm">{t('board.updating')}</Text>
          </Group>
        )}
      </Group>
      <SimpleGrid
        component="ul"
        aria-label={t(`board.listLabel.${effectiveSort(filters)}`)}
        aria-busy={board.isUpdating || undefined}
        className={classes.list}
        data-updating={board.isUpdating || undefined}
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
        <Text c="ink.7">{t('board.shown', { count: board.challenges.length, total: board.totalCount })}</Text>
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
