import { EventFormat, EventStatus, RegistrationStatus, Role } from '@ouimake/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { RegisterForEventMutation } from '../modules/events/graphql/Event.mutation';
import { EventPageQuery, VenuePresenceQuery } from '../modules/events/graphql/EventPage.query';
import { EventCitiesQuery, EventsQuery } from '../modules/events/graphql/Events.query';
import { account, viewerMock } from '../test/accountFactories';
import { renderBoardAt } from '../test/render';
import { renderOnBoard } from '../test/render';
import { VenuePresence } from '../modules/events/components/VenuePresence';

const venue = (id: string, city: string, name: string, placesLeft: number | null, registeredCount = 0) => ({
  __typename: 'Venue' as const,
  id,
  city,
  name,
  address: null,
  onlineUrl: null,
  capacity: placesLeft === null ? null : placesLeft + registeredCount,
  placesLeft,
  registeredCount,
  waitlistCount: 0,
  checkedInCount: 0,
  hosts: [],
});

function event(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Event' as const,
    id: 'event-1',
    title: 'Soirée des trois villes',
    description: 'Cuisine puis **défis**.',
    format: EventFormat.WORKSHOP,
    status: EventStatus.PUBLISHED,
    startsAt: '2036-12-08T17:30:00.000Z',
    endsAt: '2036-12-08T21:00:00.000Z',
    timezone: 'Europe/Paris',
    report: null,
    cancelReason: null,
    icsUrl: 'http://localhost/events/event-1.ics',
    viewerCanOrganize: false,
    organizers: [{ __typename: 'User' as const, id: 'user-erwan', displayName: 'Erwan Le Bihan' }],
    venues: [venue('v-brest', 'Brest', 'Le Fourneau', 12), venue('v-nantes', 'Nantes', 'La Cantine', 20)],
    agenda: [
      {
        __typename: 'AgendaItem' as const,
        position: 0,
        title: 'Cuisine collective',
        note: null,
        startsAt: '2036-12-08T17:30:00.000Z',
        project: null,
        challenge: null,
        ideas: [],
      },
    ],
    viewerRegistration: null,
    ...overrides,
  };
}

function eventMock(data: ReturnType<typeof event> | null): MockLink.MockedResponse {
  return {
    request: { query: EventPageQuery, variables: { id: 'event-1' } },
    result: { data: { __typename: 'Query', event: data } },
  };
}

describe('an event’s page', () => {
  it('says when in the event’s zone, each venue’s places, the agenda, and registers the viewer', async () => {
    const lena = account({ id: 'user-lena', displayName: 'Léna Cariou' });
    const registered = event({
      venues: [
        venue('v-brest', 'Brest', 'Le Fourneau', 12),
        venue('v-nantes', 'Nantes', 'La Cantine', 19, 1),
      ],
      viewerRegistration: {
        __typename: 'Registration',
        id: 'reg-1',
        status: RegistrationStatus.CONFIRMED,
        waitlistPosition: null,
        venue: { __typename: 'Venue', id: 'v-nantes', city: 'Nantes', name: 'La Cantine' },
      },
    });
    renderBoardAt('/events/event-1', {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        eventMock(event()),
        {
          request: {
            query: RegisterForEventMutation,
            variables: { eventId: 'event-1', venueId: 'v-nantes' },
          },
          result: {
            data: {
              __typename: 'Mutation',
              registerForEvent: {
                __typename: 'Registration',
                id: 'reg-1',
                status: RegistrationStatus.CONFIRMED,
                waitlistPosition: null,
                event: registered,
              },
            },
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Soirée des trois villes' }),
    ).toBeInTheDocument();
    expect(screen.getByText('lundi 8 décembre 2036, 18:30 – 22:00')).toBeInTheDocument();
    expect(screen.getByText(/^Fuseau horaire : .*Europe\/Paris$/)).toBeInTheDocument();
    expect(screen.getByTestId('venue-count-Nantes')).toHaveTextContent('0 inscrit · 20 places restantes');
    const agenda = screen.getByRole('region', { name: 'Programme' });
    expect(within(agenda).getByText('18:30')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Nantes · La Cantine' }));
    await userEvent.click(screen.getByRole('button', { name: 'S’inscrire' }));
    expect(await screen.findByText('Inscrit·e à Nantes (La Cantine).')).toBeInTheDocument();
    expect(screen.getByTestId('venue-count-Nantes')).toHaveTextContent('1 inscrit · 19 places restantes');
    expect(screen.getByRole('link', { name: 'Ajouter à mon agenda' })).toHaveAttribute(
      'href',
      'http://localhost/events/event-1.ics?venue=v-nantes',
    );
    expect(screen.getByRole('button', { name: 'Annuler mon inscription' })).toBeInTheDocument();
  });

  it('shows a waitlist position, a cancelled event’s reason and a done event’s report', async () => {
    const { unmount } = renderBoardAt('/events/event-1', {
      lng: 'en',
      token: 'token-lena',
      mocks: [
        viewerMock(account()),
        eventMock(
          event({
            viewerRegistration: {
              __typename: 'Registration',
              id: 'reg-1',
              status: RegistrationStatus.WAITLISTED,
              waitlistPosition: 3,
              venue: { __typename: 'Venue', id: 'v-brest', city: 'Brest', name: 'Le Fourneau' },
            },
          }),
        ),
      ],
    });
    expect(await screen.findByText('On the waitlist in Brest: position 3.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave the waitlist' })).toBeInTheDocument();
    unmount();

    const second = renderBoardAt('/events/event-1', {
      mocks: [eventMock(event({ status: EventStatus.CANCELLED, cancelReason: 'Tempête annoncée' }))],
    });
    expect(await screen.findByText('Raison : Tempête annoncée')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'S’inscrire' })).not.toBeInTheDocument();
    second.unmount();

    renderBoardAt('/events/event-1', {
      mocks: [eventMock(event({ status: EventStatus.DONE, report: 'Trente idées, **trois** retenues.' }))],
    });
    expect(await screen.findByRole('region', { name: 'Compte rendu' })).toHaveTextContent(
      'Trente idées, trois retenues.',
    );
  });

  it('says so when the event does not exist', async () => {
    renderBoardAt('/events/event-1', { mocks: [eventMock(null)] });
    expect(await screen.findByRole('heading', { name: 'Cet atelier est introuvable' })).toBeInTheDocument();
  });
});

describe('the events page', () => {
  it('lists upcoming events with their places, offers creation to facilitators, and says when none are past', async () => {
    const card = (id: string, title: string, startsAt: string) => ({
      __typename: 'Event' as const,
      id,
      title,
      format: EventFormat.WORKSHOP,
      status: EventStatus.PUBLISHED,
      startsAt,
      endsAt: '2036-12-31T21:00:00.000Z',
      timezone: 'Europe/Paris',
      report: null,
      cancelReason: null,
      venues: [
        {
          __typename: 'Venue' as const,
          id: `${id}-v`,
          city: 'Brest',
          name: 'Le Fourneau',
          capacity: 12,
          placesLeft: 0,
          waitlistCount: 2,
        },
      ],
    });
    const page = (nodes: ReturnType<typeof card>[]) => ({
      __typename: 'Query' as const,
      events: {
        __typename: 'EventConnection' as const,
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'EventEdge' as const, cursor: node.id, node })),
      },
    });
    renderBoardAt('/events', {
      token: 'token-erwan',
      mocks: [
        viewerMock(account({ role: Role.FACILITATOR })),
        {
          request: { query: EventsQuery, variables: { filter: { upcoming: true }, first: 20 } },
          result: {
            data: page([
              card('e-late', 'Plus tard', '2036-12-20T17:00:00.000Z'),
              card('e-soon', 'Bientôt', '2036-12-01T17:00:00.000Z'),
            ]),
          },
        },
        {
          request: { query: EventsQuery, variables: { filter: { status: [EventStatus.DONE] }, first: 20 } },
          result: { data: page([]) },
        },
        {
          request: { query: EventCitiesQuery },
          result: { data: { __typename: 'Query', events: { __typename: 'EventConnection', edges: [] } } },
        },
      ],
    });
    const upcoming = await screen.findByRole('region', { name: 'À venir' });
    const titles = await within(upcoming).findAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual(['Bientôt', 'Plus tard']);
    expect(within(upcoming).getAllByText('Brest · complet')).toHaveLength(2);
    expect(screen.getByText('Aucun atelier passé pour l’instant.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Créer un atelier' })).toHaveAttribute(
      'href',
      '/events/new',
    );
    expect(screen.getByRole('link', { name: 'Ateliers' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('presence per venue', () => {
  it('says how many watch from each venue', async () => {
    renderOnBoard(<VenuePresence challengeId="challenge-1" />, {
      mocks: [
        {
          request: { query: VenuePresenceQuery, variables: { id: 'challenge-1' } },
          result: {
            data: {
              __typename: 'Query',
              challenge: {
                __typename: 'Challenge',
                id: 'challenge-1',
                presentCount: 41,
                presenceByVenue: [
                  {
                    __typename: 'VenuePresence',
                    count: 12,
                    venue: { __typename: 'Venue', id: 'v1', city: 'Brest' },
                  },
                  {
                    __typename: 'VenuePresence',
                    count: 20,
                    venue: { __typename: 'Venue', id: 'v2', city: 'Nantes' },
                  },
                  {
                    __typename: 'VenuePresence',
                    count: 9,
                    venue: { __typename: 'Venue', id: 'v3', city: 'Rennes' },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByTestId('venue-presence')).toHaveTextContent(
      'Présence par lieuBrest 12 · Nantes 20 · Rennes 9',
    );
  });
});
