import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Popover, Stack, Text, Title } from '@mantine/core';
import { IconBell, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationsQuery } from '../graphql/Notifications.query';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotificationsLive } from '../hooks/useNotificationsLive';
import { NotificationItem } from './NotificationItem';
import classes from './Notifications.module.css';

/** How many notifications the panel shows; the page has them all. */
export const PANEL_SIZE = 8;

/**
 * The header's bell for the signed-in person: the unread count, kept live, and a panel of the
 * latest notifications, each a sentence linking to its place, to mark read one by one or all.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  useNotificationsLive(true);
  const { data, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: PANEL_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, failed } = useMarkNotificationsRead();
  const connection = data?.notifications;
  const unread = connection?.unreadCount ?? 0;
  const nodes = connection?.edges.slice(0, PANEL_SIZE).map((edge) => edge.node) ?? [];
  const shown = unread > 99 ? '99+' : String(unread);

  let body;
  if (!connection) {
    body = error ? (
      <Stack gap="xs" role="alert">
        <Text>{t('notifications.list.errorTitle')}</Text>
        <Button variant="default" onClick={() => void refetch().catch(() => undefined)}>
          {t('notifications.list.retry')}
        </Button>
      </Stack>
    ) : (
      <Text c="ink.7" role="status">
        {t('notifications.list.loading')}
      </Text>
    );
  } else if (nodes.length === 0) {
    body = (
      <Stack gap={4}>
        <Text fw={700}>{t('notifications.list.emptyTitle')}</Text>
        <Text c="ink.7" size="sm">
          {t('notifications.list.emptyBody')}
        </Text>
      </Stack>
    );
  } else {
    body = (
      <ul className={classes.list} aria-label={t('notifications.bell.panelTitle')}>
        {nodes.map((node) => (
          <li key={node.id}>
            <NotificationItem
              notification={node}
              onMarkRead={(id) => void markRead([id])}
              onFollow={(id) => {
                // Closed once the link has navigated: closing at once can unmount it first.
                setTimeout(() => setOpened(false), 0);
                void markRead([id]);
              }}
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(420px, calc(100vw - 16px))"
      shadow="md"
      radius="md"
      offset={6}
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <ActionIcon
          className={classes.bell}
          variant="subtle"
          color="ink"
          size={46}
          radius="xl"
          aria-label={
            unread > 0
              ? t('notifications.bell.labelUnread', { count: unread })
              : t('notifications.bell.label')
          }
          aria-expanded={opened}
          aria-haspopup="dialog"
          onClick={() => setOpened((o) => !o)}
          data-testid="notification-bell"
        >
          <IconBell size={26} stroke={1.8} aria-hidden="true" />
          {unread > 0 && (
            // Drawn by CSS: the button's name says the exact count (visible text it does not say would contradict it).
            <span className={classes.badge} aria-hidden="true" data-count={shown} />
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="sm" role="dialog" aria-labelledby="notification-panel-title">
        <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
          <Title order={2} size="h4" id="notification-panel-title">
            {t('notifications.bell.panelTitle')}
          </Title>
          {unread > 0 && (
            <Button variant="subtle" color="ink" size="compact-sm" onClick={() => void markRead(null)}>
              {t('notifications.bell.markAllRead')}
            </Button>
          )}
        </Group>
        <div className={classes.panel}>{body}</div>
        {failed && (
          <Text c="red.8" size="sm" role="alert" mt="xs">
            {t('notifications.list.markFailed')}
          </Text>
        )}
        <Group justify="space-between" mt="sm" gap="xs">
          <Anchor component={Link} to="/notifications" fw={700} onClick={() => setOpened(false)}>
            {t('notifications.bell.seeAll')}
          </Anchor>
          <Anchor
            component={Link}
            to="/settings/notifications"
            size="sm"
            onClick={() => setOpened(false)}
            aria-label={t('notifications.settings.documentTitle')}
          >
            <IconSettings size={16} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
            {t('notifications.bell.settings')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
