import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../hooks/useDownload';
import { boardLanguage } from '../language';
import { DownloadFeedback } from './DownloadFeedback';

export interface EventExportButtonsProps {
  eventId: string;
  /** Organizers, facilitators and admins read every registration. */
  canReadAll: boolean;
  /** The venues whose registrants the viewer may read as their host. */
  hostedVenues: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * An event's files: its report as Markdown for everyone who sees it, and its registrants as CSV
 * for those who may read them (every venue for organizers, their own venue for a host).
 */
export function EventExportButtons({ eventId, canReadAll, hostedVenues }: EventExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const state = useDownload();
  const lang = boardLanguage(i18n);
  const base = `/events/${encodeURIComponent(eventId)}`;
  const busy = (path: string) => state.pending === path;
  const disabled = state.pending !== null;

  const registrants: { path: string; label: string }[] = canReadAll
    ? [
        {
          path: `${base}/registrations.csv?lang=${lang}`,
          label: t('personalData.eventExport.registrantsAll'),
        },
      ]
    : hostedVenues.map((venue) => ({
        path: `${base}/registrations.csv?venue=${encodeURIComponent(venue.id)}&lang=${lang}`,
        label:
          hostedVenues.length === 1
            ? t('personalData.eventExport.registrants')
            : t('personalData.eventExport.registrantsVenue', { venue: venue.name }),
      }));
  const report = `${base}/report.md?lang=${lang}`;

  return (
    <Paper component="section" aria-labelledby="event-exports" radius="lg" p="lg" withBorder>
      <Stack gap="sm">
        <Title order={2} size="h3" id="event-exports">
          {t('personalData.eventExport.title')}
        </Title>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileText size={18} aria-hidden="true" />}
            loading={busy(report)}
            disabled={disabled && !busy(report)}
            onClick={() => void state.download(report, 'event-report.md')}
          >
            {t('personalData.eventExport.report')}
          </Button>
          {registrants.map((file) => (
            <Button
              key={file.path}
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
              loading={busy(file.path)}
              disabled={disabled && !busy(file.path)}
              onClick={() => void state.download(file.path, 'registrations.csv')}
            >
              {file.label}
            </Button>
          ))}
        </Group>
        {registrants.length > 0 && (
          <Text size="sm" c="ink.7">
            {t('personalData.eventExport.hint')}
          </Text>
        )}
        <DownloadFeedback state={state} />
      </Stack>
    </Paper>
  );
}
