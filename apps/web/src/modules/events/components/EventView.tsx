import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { EventStatus } from '@ouimake/domain';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { BackLink } from '../../../ui/BackLink';
import { Markdown } from '../../../ui/Markdown';
import { EventViewFragment } from '../graphql/EventPage.query';
import { formatRange, formatTime, zoneName } from '../time';
import classes from './Events.module.css';
import { RegistrationPanel } from './RegistrationPanel';

export interface EventViewProps {
  event: FragmentType<typeof EventViewFragment>;
  signedIn: boolean;
}

/** An event's page: when (in its zone), where, the agenda, and the viewer's registration. */
export function EventView({ event: ref, signedIn }: EventViewProps) {
  const { t, i18n } = useTranslation();
  const event = getFragmentData(EventViewFragment, ref);
  const locale = i18n.language;
  const open = event.status === EventStatus.PUBLISHED && Date.parse(event.startsAt) > Date.now();

  return (
    <Stack gap="xl">
      <BackLink to="/events">{t('events.page.back')}</BackLink>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color="sun" variant="filled">
            {t(`events.format.${event.format}`)}
          </Badge>
          {event.status !== EventStatus.PUBLISHED && (
            <Badge color={event.status === EventStatus.CANCELLED ? 'red' : 'ink.7'} variant="filled">
              {t(`events.status.${event.status}`)}
            </Badge>
          )}
        </Group>
        <Title order={1} className={classes.wrap}>
          {event.title}
        </Title>
        <Text size="lg" fw={700}>
          {formatRange(event.startsAt, event.endsAt, event.timezone, locale)}
        </Text>
        <Text c="ink.7">
          {t('events.zoneSaid', { zone: zoneName(event.startsAt, event.timezone, locale) })}
        </Text>
        {event.organizers.length > 0 && (
          <Text c="ink.7">
            {t('events.page.organizers', { names: event.organizers.map((o) => o.displayName).join(', ') })}
          </Text>
        )}
        {event.viewerCanOrganize && (
          <Group>
            <Button
              component={Link}
              to={`/events/${event.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden="true" />}
            >
              {t('events.page.edit')}
            </Button>
          </Group>
        )}
      </Stack>

      {event.status === EventStatus.CANCELLED && (
        <Alert color="red" title={t('events.page.cancelled')}>
          {event.cancelReason && t('events.page.cancelReason', { reason: event.cancelReason })}
        </Alert>
      )}
      {event.status === EventStatus.DONE && event.report && (
        <Paper component="section" aria-labelledby="event-report" radius="lg" p="lg" withBorder>
          <Title order={2} size="h3" id="event-report" mb="sm">
            {t('events.page.report')}
          </Title>
          <Markdown>{event.report}</Markdown>
        </Paper>
      )}

      {event.status !== EventStatus.DONE && event.status !== EventStatus.CANCELLED && (
        <RegistrationPanel
          key={event.viewerRegistration?.id ?? 'none'}
          eventId={event.id}
          icsUrl={event.icsUrl}
          open={open}
          signedIn={signedIn}
          venues={event.venues}
          registration={event.viewerRegistration ?? null}
        />
      )}

      <section aria-labelledby="event-venues">
        <Title order={2} id="event-venues" mb="md">
          {t('events.page.venues')}
        </Title>
        <ul className={classes.venues}>
          {event.venues.map((venue) => (
            <li key={venue.id}>
              <Paper radius="lg" p="md" withBorder className={classes.card} h="100%">
                <Stack gap={4}>
                  <Title order={3} size="h4">
                    {venue.city}
                  </Title>
                  <Text fw={700} className={classes.wrap}>
                    {venue.name}
                  </Text>
                  {venue.address && (
                    <Text c="ink.7" className={classes.wrap}>
                      {venue.address}
                    </Text>
                  )}
                  {venue.onlineUrl && (
                    <Anchor
                      href={venue.onlineUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      className={classes.wrap}
                    >
                      {t('events.page.online')}
                    </Anchor>
                  )}
                  <Text data-testid={`venue-count-${venue.city}`}>
                    {t('events.page.registered', { count: venue.registeredCount })}
                    {' · '}
                    {venue.placesLeft === null || venue.placesLeft === undefined
                      ? t('events.page.unlimited')
                      : t('events.page.placesLeft', { count: venue.placesLeft })}
                  </Text>
                  {venue.waitlistCount > 0 && (
                    <Text c="ink.7">{t('events.page.waitlist', { count: venue.waitlistCount })}</Text>
                  )}
                  {venue.hosts.length > 0 && (
                    <Text c="ink.7" size="sm">
                      {t('events.page.hosts', { names: venue.hosts.map((h) => h.displayName).join(', ') })}
                    </Text>
                  )}
                </Stack>
              </Paper>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="event-agenda">
        <Title order={2} id="event-agenda" mb="md">
          {t('events.page.agenda')}
        </Title>
        {event.agenda.length === 0 ? (
          <Text c="ink.7">{t('events.page.noAgenda')}</Text>
        ) : (
          <Stack component="ol" gap="md" className={classes.agenda}>
            {[...event.agenda]
              .sort((a, b) => a.position - b.position)
              .map((item) => (
                <li key={item.position} className={classes.agendaItem}>
                  <Group gap="md" align="baseline" wrap="nowrap">
                    {item.startsAt && (
                      <Text fw={700} className={classes.time}>
                        {formatTime(item.startsAt, event.timezone, locale)}
                      </Text>
                    )}
                    <Stack gap={4}>
                      <Text fw={700} className={classes.wrap}>
                        {item.title}
                      </Text>
                      {item.note && <Text c="ink.7">{item.note}</Text>}
                      {item.project && (
                        <Text>
                          {t('events.page.project')}{' '}
                          <Anchor component={Link} to={`/projects/${item.project.slug}`}>
                            {item.project.name}
                          </Anchor>
                        </Text>
                      )}
                      {item.challenge && (
                        <Text>
                          {t('events.page.challenge')}{' '}
                          <Anchor component={Link} to={`/challenges/${item.challenge.id}`}>
                            {item.challenge.title}
                          </Anchor>
                        </Text>
                      )}
                      {item.ideas.length > 0 && (
                        <List size="sm" aria-label={t('events.page.ideas')}>
                          {item.ideas.map((idea) => (
                            <List.Item key={idea.id}>
                              <Anchor component={Link} to={`/ideas/${idea.id}`}>
                                {idea.title}
                              </Anchor>
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Stack>
                  </Group>
                </li>
              ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="event-description">
        <Title order={2} id="event-description" mb="md">
          {t('events.page.description')}
        </Title>
        <Markdown>{event.description}</Markdown>
      </section>
    </Stack>
  );
}
