import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, downloadText } from '../csv';
import { CheckInMutation } from '../graphql/Event.mutation';
import { EventRegistrationsQuery } from '../graphql/EventPage.query';

export interface RegistrantsProps {
  eventId: string;
  venues: ReadonlyArray<{ id: string; city: string; name: string }>;
}

/** Who registered at each venue, with a CSV download and check-in toggles. */
export function Registrants({ eventId, venues }: RegistrantsProps) {
  const { t, i18n } = useTranslation();
  const [venueId, setVenueId] = useState(venues[0]?.id ?? '');
  const { data, loading, error } = useQuery(EventRegistrationsQuery, {
    variables: { id: eventId, venueId, first: 100 },
    skip: !venueId,
  });
  const [checkIn] = useMutation(CheckInMutation);
  const rows = data?.event?.registrations.edges.map((e) => e.node) ?? [];
  const venue = venues.find((v) => v.id === venueId);

  const download = () => {
    const header = ['name', 'city', 'status', 'position', 'checkedIn', 'registeredAt'] as const;
    const csv = toCsv([
      header.map((h) => t(`events.editor.csv.${h}`)),
      ...rows.map((r) => [
        r.user.displayName,
        r.venue.city,
        r.status,
        r.waitlistPosition ? String(r.waitlistPosition) : '',
        r.checkedInAt ?? '',
        r.createdAt,
      ]),
    ]);
    downloadText(csv, `registrants-${venue?.city ?? 'venue'}.csv`);
  };

  return (
    <Fieldset
      legend={
        <Title order={2} size="h3">
          {t('events.editor.registrants')}
        </Title>
      }
      radius="lg"
    >
      <Stack gap="md">
        {venues.length > 1 && (
          <SegmentedControl
            value={venueId}
            onChange={setVenueId}
            data={venues.map((v) => ({ value: v.id, label: v.city }))}
            fullWidth
          />
        )}
        {loading && <Loader size="sm" aria-label={t('events.loading')} />}
        {error && <Text c="red.8">{t('events.error.title')}</Text>}
        {!loading && !error && rows.length === 0 && <Text c="ink.7">{t('events.editor.noRegistrants')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('events.editor.csv.name')}</Table.Th>
                  <Table.Th>{t('events.editor.csv.status')}</Table.Th>
                  <Table.Th>{t('events.editor.checkIn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.user.displayName}</Table.Td>
                    <Table.Td>
                      {t(`events.registrationStatus.${r.status}`)}
                      {r.waitlistPosition ? ` #${r.waitlistPosition.toLocaleString(i18n.language)}` : ''}
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${t('events.editor.checkIn')} ${r.user.displayName}`}
                        checked={Boolean(r.checkedInAt)}
                        disabled={r.status !== 'CONFIRMED'}
                        onChange={(e) =>
                          void checkIn({
                            variables: { registrationId: r.id, present: e.currentTarget.checked },
                          }).catch(() => undefined)
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            onClick={download}
            disabled={rows.length === 0}
          >
            {t('events.editor.downloadCsv')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
