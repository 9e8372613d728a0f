import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { Role } from '@ouimake/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { getFragmentData } from '../gql';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { AgendaEditor } from '../modules/events/components/AgendaEditor';
import { EventDetailsForm } from '../modules/events/components/EventDetailsForm';
import { EventLifecycle } from '../modules/events/components/EventLifecycle';
import { Registrants } from '../modules/events/components/Registrants';
import { emptyEvent, eventValues } from '../modules/events/eventForm';
import { EventPageQuery, EventViewFragment } from '../modules/events/graphql/EventPage.query';
import { useSaveEvent } from '../modules/events/hooks/useSaveEvent';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { BackLink } from '../ui/BackLink';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { NotAllowed } from '../ui/NotAllowed';
import { PageLoader } from '../ui/PageLoader';

/** `/events/new`: facilitators and admins create a draft event with its venues. */
export function NewEventPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.editor.newTitle'));
  const navigate = useNavigate();
  const { viewer, isLoading } = useViewer();
  const save = useSaveEvent(null);
  if (isLoading) return <PageLoader label={t('events.loading')} />;
  if (viewer?.role !== Role.FACILITATOR && viewer?.role !== Role.ADMIN) {
    return (
      <NotAllowed
        title={t('events.editor.newTitle')}
        body={t('events.editor.notAllowed')}
        back={{ to: '/events', label: t('events.page.back') }}
      />
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <BackLink to="/events">{t('events.page.back')}</BackLink>
      <Title order={1}>{t('events.editor.newTitle')}</Title>
      <EventDetailsForm
        initial={emptyEvent()}
        isNew
        onSave={async (values) => {
          const id = await save(values);
          await navigate(`/events/${id}/edit`);
        }}
      />
    </Stack>
  );
}

/** `/events/:id/edit`: details, venues, agenda, publish, cancel, registrants and completion. */
export function EditEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(EventPageQuery, { variables: { id } });
  const event = data?.event ? getFragmentData(EventViewFragment, data.event) : null;
  useDocumentTitle(event ? `${t('events.editor.editTitle')} · ${event.title}` : t('events.editor.editTitle'));
  const save = useSaveEvent(event ? { id: event.id, venueIds: event.venues.map((v) => v.id) } : null);

  if (data && !event) {
    return (
      <Missing
        title={t('events.page.notFound.title')}
        body={t('events.page.notFound.body')}
        back={{ to: '/events', label: t('events.page.notFound.back') }}
      />
    );
  }
  if (!event) {
    return error ? (
      <LoadFailed
        title={t('events.page.error.title')}
        body={t('events.page.error.body')}
        retryLabel={t('events.page.error.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <PageLoader label={t('events.page.loading')} />
    );
  }
  if (!event.viewerCanOrganize) {
    return (
      <NotAllowed
        title={t('events.editor.editTitle')}
        body={t('events.editor.notAllowed')}
        back={{ to: `/events/${event.id}`, label: event.title }}
      />
    );
  }
  return (
    <Stack gap="xl" maw={860}>
      <BackLink to={`/events/${event.id}`}>{event.title}</BackLink>
      <Title order={1}>{t('events.editor.editTitle')}</Title>
      <EventLifecycle part="publish" event={event} />
      <EventDetailsForm
        key={`${event.id}-${event.venues.length}`}
        initial={eventValues(event)}
        isNew={false}
        onSave={async (values) => {
          await save(values);
          await refetch();
        }}
      />
      <AgendaEditor eventId={event.id} timezone={event.timezone} agenda={event.agenda} />
      <Registrants eventId={event.id} venues={event.venues} />
      <EventLifecycle part="close" event={event} />
    </Stack>
  );
}
