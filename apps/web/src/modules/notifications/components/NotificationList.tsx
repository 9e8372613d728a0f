import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePagedQuery } from '../../../shared/usePagedQuery';
import { getFragmentData } from '../../../gql';
import { LoadFailed } from '../../../ui/LoadFailed';
import { PageLoader } from '../../../ui/PageLoader';
import { StateMessage } from '../../../ui/StateMessage';
import { NotificationItemFragment } from '../graphql/NotificationItem.fragment';
import { NotificationsQuery } from '../graphql/Notifications.query';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { dayLabel, groupByDay } from '../notificationSentence';
import { NotificationItem } from './NotificationItem';
import classes from './Notifications.module.css';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Every notification, newest first, grouped by day (today, yesterday, dates), with "load more". */
export function NotificationList() {
  const { t, i18n } = useTranslation();
  const page = usePagedQuery(NotificationsQuery, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    connection: (data) => data.notifications,
  });
  const { markRead, failed } = useMarkNotificationsRead();
  const unread = page.connection?.unreadCount ?? 0;

  if (page.error) {
    return (
      <LoadFailed
        titleOrder={2}
        title={t('notifications.list.errorTitle')}
        body={t('notifications.list.errorBody')}
        retryLabel={t('notifications.list.retry')}
        onRetry={page.retry}
      />
    );
  }
  if (page.isLoading || !page.connection) return <PageLoader label={t('notifications.list.loading')} />;
  if (page.nodes.length === 0) {
    return (
      <StateMessage icon={<IconBellOff size={36} stroke={1.6} />} title={t('notifications.list.emptyTitle')}>
        {t('notifications.list.emptyBody')}
      </StateMessage>
    );
  }

  const days = groupByDay(
    page.nodes.map((node) => ({
      node,
      updatedAt: getFragmentData(NotificationItemFragment, node).updatedAt,
    })),
    (iso) => dayLabel(t, i18n.language, iso),
  );

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Text c="ink.8" fw={700} role="status">
          {t('notifications.page.unreadCount', { count: unread })}
        </Text>
        {unread > 0 && (
          <Button variant="default" onClick={() => void markRead(null)}>
            {t('notifications.bell.markAllRead')}
          </Button>
        )}
      </Group>
      {failed && (
        <Text c="red.8" role="alert">
          {t('notifications.list.markFailed')}
        </Text>
      )}
      {days.map(({ day, items }) => (
        <section key={day} aria-label={day}>
          <Title order={2} size="h4" className={classes.day}>
            {day}
          </Title>
          <Paper component="ul" withBorder radius="lg" p={6} className={`${classes.list} ${classes.card}`}>
            {items.map(({ node }) => (
              <li key={node.id}>
                <NotificationItem
                  notification={node}
                  timeStyle="time"
                  onMarkRead={(id) => void markRead([id])}
                  onFollow={(id) => void markRead([id])}
                />
              </li>
            ))}
          </Paper>
        </section>
      ))}
      {page.loadMoreFailed && (
        <Text c="red.8" role="alert">
          {t('notifications.list.loadMoreFailed')}
        </Text>
      )}
      {page.hasMore && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            size="md"
            loading={page.isLoadingMore}
            onClick={() => void page.loadMore()}
          >
            {t('notifications.list.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
