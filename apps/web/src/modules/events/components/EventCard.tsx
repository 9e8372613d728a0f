import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EventStatus } from '@ouimake/domain';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../../gql';
import { Markdown } from '../../../ui/Markdown';
import { EventCardFragment } from '../graphql/Events.query';
import { formatRange, zoneName } from '../time';
import classes from './Events.module.css';

export interface EventCardProps {
  event: FragmentType<typeof EventCardFragment>;
  /** Past events show their report. */
  showReport?: boolean;
}

/** One event in the list: title, date in its zone, format, cities and places. */
export function EventCard({ event: ref, showReport = false }: EventCardProps) {
  const { t, i18n } = useTranslation();
  const event = getFragmentData(EventCardFragment, ref);
  const locale = i18n.language;
  return (
    <Paper component="article" className={classes.card} radius="lg" p="lg" withBorder>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color="sun" variant="filled">
            {t(`events.format.${event.format}`)}
          </Badge>
          {event.status !== EventStatus.PUBLISHED && (
            <Badge color={event.status === EventStatus.CANCELLED ? 'red' : 'gray'} variant="light">
              {t(`events.status.${event.status}`)}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h3">
          <Anchor component={Link} to={`/events/${event.id}`} c="ink.9" fw={800} underline="hover">
            {event.title}
          </Anchor>
        </Title>
        <Text c="ink.7">
          {t('events.when', {
            range: formatRange(event.startsAt, event.endsAt, event.timezone, locale),
            zone: zoneName(event.startsAt, event.timezone, locale),
          })}
        </Text>
        <Group gap="xs" component="ul" className={classes.venueChips}>
          {event.venues.map((venue) => (
            <li key={venue.id}>
              <Badge variant="outline" color="ink.9" radius="sm" size="lg" tt="none">
                {venue.city}
                {' · '}
                {venue.placesLeft === null || venue.placesLeft === undefined
                  ? t('events.card.unlimited')
                  : venue.placesLeft > 0
                    ? t('events.card.placesLeft', { count: venue.placesLeft })
                    : t('events.card.full')}
              </Badge>
            </li>
          ))}
        </Group>
        {event.status === EventStatus.CANCELLED && event.cancelReason && (
          <Text c="red.8">{t('events.page.cancelReason', { reason: event.cancelReason })}</Text>
        )}
        {showReport && event.report && (
          <div className={classes.report}>
            <Markdown>{event.report}</Markdown>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
