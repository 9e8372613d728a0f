import { Button, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../../gql';
import type { EventCardFragment } from '../graphql/Events.query';
import { EventCard } from './EventCard';
import classes from './Events.module.css';

export interface EventListProps {
  events: Array<{ id: string } & FragmentType<typeof EventCardFragment>>;
  showReport?: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore: () => void;
}

/** A list of event cards with "load more". */
export function EventList({
  events,
  showReport,
  hasMore,
  isLoadingMore,
  loadMoreFailed,
  loadMore,
}: EventListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <ul className={classes.list}>
        {events.map((event) => (
          <li key={event.id}>
            <EventCard event={event} showReport={showReport} />
          </li>
        ))}
      </ul>
      {loadMoreFailed && (
        <Text c="red.8" role="alert">
          {t('events.moreFailed')}
        </Text>
      )}
      {hasMore && (
        <Button variant="default" onClick={loadMore} loading={isLoadingMore} mx="auto">
          {t('events.more')}
        </Button>
      )}
      {isLoadingMore && <Loader size="sm" mx="auto" aria-hidden="true" />}
    </Stack>
  );
}
