import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getFragmentData } from '../gql';
import { EventView } from '../modules/events/components/EventView';
import { EventExportButtons } from '../modules/exports/components/EventExportButtons';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { EventPageQuery, EventViewFragment } from '../modules/events/graphql/EventPage.query';
import { useAuthToken } from '../shared/useAuthToken';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';

/** `/events/:id`: an event, its venues and agenda, and the viewer's registration. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const signedIn = useAuthToken() !== null;
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(EventPageQuery, { variables: { id } });
  const event = data?.event ? getFragmentData(EventViewFragment, data.event) : null;
  const missing = data !== undefined && !data.event;
  useDocumentTitle(
    event ? event.title : missing ? t('events.page.notFound.documentTitle') : t('events.documentTitle'),
  );

  if (data?.event && event) {
    // A venue's hosts read that venue's registrants; organizers read them all.
    const hostedVenues = viewer
      ? event.venues.filter((venue) => venue.hosts.some((host) => host.id === viewer.id))
      : [];
    return (
      <Stack gap="xl">
        <EventView event={data.event} signedIn={signedIn} />
        <EventExportButtons
          eventId={event.id}
          canReadAll={event.viewerCanOrganize}
          hostedVenues={hostedVenues}
        />
      </Stack>
    );
  }
  if (missing) {
    return (
      <Missing
        title={t('events.page.notFound.title')}
        body={t('events.page.notFound.body')}
        back={{ to: '/events', label: t('events.page.notFound.back') }}
      />
    );
  }
  if (error) {
    return (
      <LoadFailed
        title={t('events.page.error.title')}
        body={t('events.page.error.body')}
        retryLabel={t('events.page.error.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return <PageLoader label={t('events.page.loading')} />;
}
