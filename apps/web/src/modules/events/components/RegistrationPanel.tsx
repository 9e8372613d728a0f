import { Alert, Anchor, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { RegistrationStatus } from '@ouimake/domain';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegistration } from '../hooks/useRegistration';

export interface RegistrationPanelProps {
  eventId: string;
  icsUrl: string;
  open: boolean;
  signedIn: boolean;
  venues: ReadonlyArray<{ id: string; city: string; name: string; placesLeft?: number | null }>;
  registration: {
    status: string;
    waitlistPosition?: number | null;
    venue: { id: string; city: string; name: string };
  } | null;
}

/** The viewer's registration: pick a venue, change it, cancel or leave the line, add to calendar. */
export function RegistrationPanel({
  eventId,
  icsUrl,
  open,
  signedIn,
  venues,
  registration,
}: RegistrationPanelProps) {
  const { t } = useTranslation();
  const active = registration && registration.status !== RegistrationStatus.CANCELLED ? registration : null;
  const [venueId, setVenueId] = useState(active?.venue.id ?? venues[0]?.id ?? '');
  const actions = useRegistration(eventId);
  const calendar = active ? `${icsUrl}?venue=${encodeURIComponent(active.venue.id)}` : icsUrl;

  return (
    <Paper component="section" aria-labelledby="registration-title" radius="lg" p="lg" withBorder>
      <Stack gap="md">
        <Title order={2} size="h3" id="registration-title">
          {t('events.registration.title')}
        </Title>
        {active && (
          <Text fw={700} role="status">
            {active.status === RegistrationStatus.WAITLISTED
              ? t('events.registration.waitlisted', {
                  city: active.venue.city,
                  position: active.waitlistPosition ?? 0,
                })
              : t('events.registration.confirmed', { city: active.venue.city, venue: active.venue.name })}
          </Text>
        )}
        {!signedIn ? (
          <Text>
            <Anchor component={Link} to="/sign-in">
              {t('events.registration.signIn')}
            </Anchor>
          </Text>
        ) : !open ? (
          <Text c="ink.7">{t('events.registration.closed')}</Text>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (venueId) void actions.register(venueId);
            }}
          >
            <Stack gap="sm">
              {venues.length > 1 && (
                <Radio.Group label={t('events.registration.pickVenue')} value={venueId} onChange={setVenueId}>
                  <Stack gap="xs" mt="xs">
                    {venues.map((venue) => (
                      <Radio key={venue.id} value={venue.id} label={`${venue.city} · ${venue.name}`} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
              <Group gap="sm">
                {(!active || venueId !== active.venue.id) && (
                  <Button type="submit" loading={actions.busy}>
                    {active ? t('events.registration.change') : t('events.registration.register')}
                  </Button>
                )}
                {active && (
                  <Button variant="default" onClick={() => void actions.cancel()} disabled={actions.busy}>
                    {active.status === RegistrationStatus.WAITLISTED
                      ? t('events.registration.leaveWaitlist')
                      : t('events.registration.cancel')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        )}
        {actions.failed && (
          <Alert color="red" role="alert">
            {t('events.registration.failed')}
          </Alert>
        )}
        <Anchor href={calendar} download>
          <Group gap={6} component="span">
            <IconCalendarPlus size={18} aria-hidden="true" />
            {t('events.page.addToCalendar')}
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}
