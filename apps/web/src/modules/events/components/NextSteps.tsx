import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChallengeEventsQuery } from '../graphql/EventPage.query';
import { formatDay } from '../time';

/** A challenge's "Next steps": the published events whose agenda holds it. */
export function NextSteps({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(ChallengeEventsQuery, { variables: { id: challengeId } });
  const events = data?.challenge?.events ?? [];
  if (events.length === 0) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="next-steps"
      radius="lg"
      p={{ base: 'lg', sm: 'xl' }}
      withBorder
    >
      <Title order={2} size="h3" id="next-steps" mb="md">
        {t('events.nextSteps.title')}
      </Title>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {events.map((event) => (
          <li key={event.id}>
            <Text>
              <Anchor component={Link} to={`/events/${event.id}`} fw={700}>
                {event.title}
              </Anchor>{' '}
              · {formatDay(event.startsAt, event.timezone, i18n.language)}
              {event.venues.length > 0 &&
                ` · ${t('events.nextSteps.venues', { cities: [...new Set(event.venues.map((v) => v.city))].join(', ') })}`}
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
