import { ActionIcon, Anchor, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { NotificationItemFragment } from '../graphql/NotificationItem.fragment';
import { notificationSentence } from '../notificationSentence';
import classes from './Notifications.module.css';
import { dateTimeFormat } from '../../../shared/intl';

export interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItemFragment>;
  /** Marks this one read (the button shows only while it is unread). */
  onMarkRead: (id: string) => void;
  /** Following the link (closes the panel, marks it read). */
  onFollow?: (id: string) => void;
  /** Show the time of day (the page, grouped by day) or the date and time (the panel). */
  timeStyle?: 'time' | 'dateTime';
}

/** One notification: a sentence that links to its place, when it happened, and "mark read". */
export function NotificationItem({
  notification,
  onMarkRead,
  onFollow,
  timeStyle = 'dateTime',
}: NotificationItemProps) {
  const n = getFragmentData(NotificationItemFragment, notification);
  const { t, i18n } = useTranslation();
  const { text, href } = notificationSentence(t, n);
  const unread = n.readAt === null;
  const when = dateTimeFormat(
    i18n.language,
    timeStyle === 'time'
      ? { hour: '2-digit', minute: '2-digit' }
      : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(new Date(n.updatedAt));

  return (
    <div className={classes.item} data-unread={unread || undefined}>
      <span className={classes.dot} aria-hidden="true" />
      <div className={classes.itemBody}>
        <Anchor
          component={Link}
          to={href}
          className={classes.itemLink}
          c="ink.9"
          fw={unread ? 700 : 500}
          onClick={() => onFollow?.(n.id)}
        >
          {unread && <VisuallyHidden>{`${t('notifications.item.unread')} : `}</VisuallyHidden>}
          {text}
        </Anchor>
        <Text size="sm" c="ink.7" component="time" dateTime={n.updatedAt} display="block">
          {when}
        </Text>
      </div>
      {unread && (
        <Tooltip label={t('notifications.item.markRead')} withArrow>
          <ActionIcon
            variant="subtle"
            color="ink"
            size={40}
            radius="xl"
            aria-label={t('notifications.item.markReadOf', { sentence: text })}
            onClick={() => onMarkRead(n.id)}
          >
            <IconCheck size={20} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      )}
    </div>
  );
}
