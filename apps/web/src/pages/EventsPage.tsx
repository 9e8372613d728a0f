import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { EventFormat, EventStatus, Role } from '@ouimake/domain';
import { IconCalendarOff, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { EventList } from '../modules/events/components/EventList';
import { EVENTS_PAGE_SIZE, EventCitiesQuery, EventsQuery } from '../modules/events/graphql/Events.query';
import { useEventFilters } from '../modules/events/hooks/useEventFilters';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { usePagedQuery } from '../shared/usePagedQuery';
import { LoadFailed } from '../ui/LoadFailed';
import { PageLoader } from '../ui/PageLoader';
import { StateMessage } from '../ui/StateMessage';

/** `/events`: upcoming events soonest first, filtered by city and format, then past ones with reports. */
export function EventsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.documentTitle'));
  const { viewer } = useViewer();
  const canCreate = viewer?.role === Role.FACILITATOR || viewer?.role === Role.ADMIN;
  const { filters, change, clear } = useEventFilters();
  const base = { city: filters.city || undefined, format: filters.format ?? undefined };
  const upcoming = usePagedQuery(EventsQuery, {
    variables: { filter: { ...base, upcoming: true }, first: EVENTS_PAGE_SIZE },
    connection: (data) => data.events,
    keepPrevious: true,
  });
  const past = usePagedQuery(EventsQuery, {
    variables: { filter: { ...base, status: [EventStatus.DONE] }, first: EVENTS_PAGE_SIZE },
    connection: (data) => data.events,
    keepPrevious: true,
  });
  const citiesQuery = useQuery(EventCitiesQuery);
  const cities = useMemo(() => {
    const all = new Set<string>();
    for (const edge of citiesQuery.data?.events.edges ?? [])
      for (const v of edge.node.venues) all.add(v.city);
    if (filters.city) all.add(filters.city);
    return [...all].sort((a, b) => a.localeCompare(b));
  }, [citiesQuery.data, filters.city]);
  const soonest = useMemo(
    () => [...upcoming.nodes].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    [upcoming.nodes],
  );
  const filtered = Boolean(filters.city || filters.format);

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4} maw={640}>
          <Title order={1}>{t('events.title')}</Title>
          <Text c="ink.7" size="lg">
            {t('events.intro')}
          </Text>
        </Stack>
        {canCreate && (
          <Button component={Link} to="/events/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
            {t('events.create')}
          </Button>
        )}
      </Group>

      <Group component="form" role="search" aria-label={t('events.filters.label')} gap="md" align="flex-end">
        <NativeSelect
          label={t('events.filters.city')}
          value={filters.city}
          onChange={(e) => change({ city: e.currentTarget.value })}
          data={[{ value: '', label: t('events.filters.cityPlaceholder') }, ...cities]}
          miw={180}
        />
        <NativeSelect
          label={t('events.filters.format')}
          value={filters.format ?? ''}
          onChange={(e) => change({ format: (e.currentTarget.value || null) as EventFormat | null })}
          data={[
            { value: '', label: t('events.filters.anyFormat') },
            ...Object.values(EventFormat).map((f) => ({ value: f, label: t(`events.format.${f}`) })),
          ]}
          miw={180}
        />
        {filtered && (
          <Button variant="subtle" color="ink" onClick={clear}>
            {t('events.filters.clear')}
          </Button>
        )}
      </Group>

      <section aria-labelledby="events-upcoming">
        <Title order={2} id="events-upcoming" mb="md">
          {t('events.upcoming')}
        </Title>
        {upcoming.error ? (
          <LoadFailed
            title={t('events.error.title')}
            body={t('events.error.body')}
            retryLabel={t('events.error.retry')}
            onRetry={upcoming.retry}
            titleOrder={2}
          />
        ) : upcoming.isLoading ? (
          <PageLoader label={t('events.loading')} />
        ) : soonest.length === 0 ? (
          <StateMessage icon={<IconCalendarOff size={36} stroke={1.6} />} title={t('events.empty.title')}>
            {filtered ? t('events.empty.filtered') : t('events.empty.body')}
          </StateMessage>
        ) : (
          <EventList
            events={soonest}
            hasMore={upcoming.hasMore}
            isLoadingMore={upcoming.isLoadingMore}
            loadMoreFailed={upcoming.loadMoreFailed}
            loadMore={() => void upcoming.loadMore()}
          />
        )}
      </section>

      <section aria-labelledby="events-past">
        <Title order={2} id="events-past" mb="md">
          {t('events.past')}
        </Title>
        {past.error ? (
          <LoadFailed
            title={t('events.error.title')}
            body={t('events.error.body')}
            retryLabel={t('events.error.retry')}
            onRetry={past.retry}
            titleOrder={2}
          />
        ) : past.isLoading ? (
          <PageLoader label={t('events.loading')} />
        ) : past.nodes.length === 0 ? (
          <Text c="ink.7">{t('events.emptyPast')}</Text>
        ) : (
          <EventList
            events={past.nodes}
            showReport
            hasMore={past.hasMore}
            isLoadingMore={past.isLoadingMore}
            loadMoreFailed={past.loadMoreFailed}
            loadMore={() => void past.loadMore()}
          />
        )}
      </section>
    </Stack>
  );
}
