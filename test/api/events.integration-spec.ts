import { ChallengeStatus, Role } from '@ouimake/domain';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { crowd, signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { ACTIVITY, subscribe } from './support/live';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

// ical.js ships a CommonJS build beside its ES module; the suite runs as CommonJS.
const ICAL = require('ical.js') as typeof ICALModule;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code;
const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions.field;
const inDays = (days: number, hour = 18) => {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) {
  id status timezone venues { id city capacity registeredCount waitlistCount placesLeft } } }`;

function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Soirée des défis',
    description: 'On cuisine ensemble, puis on travaille les défis.',
    format: 'WORKSHOP',
    startsAt: inDays(10, 17),
    endsAt: inDays(10, 21),
    timezone: 'Europe/Paris',
    venues: [
      { name: 'La Cantine', city: 'Brest', address: '1 rue de Siam', capacity: 10 },
      { name: 'Le Solilab', city: 'Nantes', capacity: 30 },
      { name: 'Le Mouton à 5 pattes', city: 'Rennes', capacity: null },
    ],
    ...overrides,
  };
}

interface Made {
  id: string;
  venues: { id: string; city: string }[];
  organizer: Account;
}

async function makeEvent(
  options: { publish?: boolean; overrides?: Record<string, unknown> } = {},
): Promise<Made> {
  const organizer = await signUp(t, { role: Role.FACILITATOR });
  const res = await t.gql(CREATE, { input: eventInput(options.overrides) }, organizer.headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const event = res.data!.createEvent;
  if (options.publish !== false) {
    const published = await t.gql(
      `mutation($id: ID!) { publishEvent(id: $id) { status } }`,
      { id: event.id },
      organizer.headers,
    );
    if (published.errors) throw new Error(JSON.stringify(published.errors));
  }
  return { id: event.id, venues: event.venues, organizer };
}

const REGISTER = `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { id status waitlistPosition venue { id } } }`;
const register = (who: Account, e: string, v: string) => t.gql(REGISTER, { e, v }, who.headers);
const cancel = (who: Account, e: string) =>
  t.gql(`mutation($e: ID!) { cancelRegistration(eventId: $e) { status } }`, { e }, who.headers);

async function venueState(venueId: string) {
  const [row] = await t.dataSource.query(
    `SELECT v.capacity, v.confirmed_count,
            (SELECT count(*)::int FROM registrations r WHERE r.venue_id = v.id AND r.status = 'CONFIRMED') AS confirmed,
            (SELECT count(*)::int FROM registrations r WHERE r.venue_id = v.id AND r.status = 'WAITLISTED') AS waitlisted
       FROM venues v WHERE v.id = $1`,
    [venueId],
  );
  return row as { capacity: number | null; confirmed_count: number; confirmed: number; waitlisted: number };
}

describe('creating and publishing events', () => {
  it('is for facilitators and admins; a draft is seen by its organizers only', async () => {
    const member = await signUp(t);
    expect(code(await t.gql(CREATE, { input: eventInput() }, member.headers))).toBe('FORBIDDEN');
    expect(code(await t.gql(CREATE, { input: eventInput() }))).toBe('UNAUTHENTICATED');
    const draft = await makeEvent({ publish: false });
    const look = (who?: Account) =>
      t.gql(`query($id: ID!) { event(id: $id) { id status } }`, { id: draft.id }, who?.headers ?? {});
    expect((await look(draft.organizer)).data!.event).toEqual({ id: draft.id, status: 'DRAFT' });
    expect((await look(member)).data!.event).toBeNull();
    expect((await look()).data!.event).toBeNull();
    const list = await t.gql(
      `query { events(first: 100, filter: { upcoming: true }) { edges { node { id } } } }`,
      {},
      member.headers,
    );
    expect(JSON.stringify(list.data)).not.toContain(draft.id);
    await t.gql(
      `mutation($id: ID!) { publishEvent(id: $id) { id } }`,
      { id: draft.id },
      draft.organizer.headers,
    );
    expect((await look()).data!.event).toEqual({ id: draft.id, status: 'PUBLISHED' });
  });

  it('refuses an unknown time zone, an end before the start, and no venue, changing nothing', async () => {
    const facilitator = await signUp(t, { role: Role.FACILITATOR });
    for (const [overrides, expected] of [
      [{ timezone: 'Europe/Brest' }, 'timezone'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ endsAt: inDays(10, 16) }, 'endsAt'],
      [{ venues: [] }, 'venues'],
      [{ venues: [{ name: 'Salle', city: 'Brest', capacity: 0 }] }, 'venues.capacity'],
      [{ venues: [{ name: 'Salle', city: 'Brest', onlineUrl: 'javascript:alert(1)' }] }, 'venues.onlineUrl'],
    ] as const) {
      const res = await t.gql(CREATE, { input: eventInput(overrides) }, facilitator.headers);
      expect([JSON.stringify(overrides), code(res), field(res)]).toEqual([
        JSON.stringify(overrides),
        'BAD_USER_INPUT',
        expected,
      ]);
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM events WHERE created_by_id = $1`,
      [facilitator.id],
    );
    expect(n).toBe(0);
  });

  it('stores instants with their zone and lists upcoming events soonest first, by city', async () => {
    const later = await makeEvent({ overrides: { startsAt: inDays(20, 17), endsAt: inDays(20, 21) } });
    const sooner = await makeEvent({
      overrides: { startsAt: inDays(5, 17), endsAt: inDays(5, 21), timezone: 'America/Montreal' },
    });
    const res = await t.gql(
      `query { events(first: 100, filter: { upcoming: true, city: "rennes" }) { edges { node { id timezone } } } }`,
    );
    const ids = res.data!.events.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.indexOf(sooner.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const none = await t.gql(`query { events(first: 100, filter: { city: "Lyon" }) { totalCount } }`);
    expect(none.data!.events.totalCount).toBe(0);
  });
});

describe('the agenda', () => {
  it('holds free items, projects and challenges with some of their visible ideas; refuses the rest', async () => {
    const made = await makeEvent({ publish: false });
    const holder = await signUp(t);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
    const project = await createProject(t.dataSource, { name: `Coopérative ${Date.now()}` }, [user]);
    const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
    const draft = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.DRAFT });
    const other = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
    const propose = async (c: string, title: string) =>
      (
        await t.gql(
          `mutation($c: ID!, $t: String!) { proposeIdea(input: { challengeId: $c, title: $t, body: "" }) { id } }`,
          { c, t: title },
          holder.headers,
        )
      ).data!.proposeIdea.id as string;
    const idea = await propose(challenge.id, 'Un planning partagé');
    const hidden = await propose(challenge.id, 'À cacher');
    await t.dataSource.query(`UPDATE ideas SET hidden = true WHERE id = $1`, [hidden]);
    const elsewhere = await propose(other.id, 'Ailleurs');

    const SET = `mutation($id: ID!, $items: [AgendaItemInput!]!) { setEventAgenda(id: $id, items: $items) {
      agenda { position title challenge { id } ideas { id } project { id } note } } }`;
    const ok = await t.gql(
      SET,
      {
        id: made.id,
        items: [
          { title: 'Cuisine collective façon Disco Soupe', note: 'Apportez un couteau' },
          { projectId: project.id },
          { challengeId: challenge.id, ideaIds: [idea] },
        ],
      },
      made.organizer.headers,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setEventAgenda.agenda).toEqual([
      {
        position: 0,
        title: 'Cuisine collective façon Disco Soupe',
        challenge: null,
        ideas: [],
        project: null,
        note: 'Apportez un couteau',
      },
      {
        position: 1,
        title: project.name,
        challenge: null,
        ideas: [],
        project: { id: project.id },
        note: null,
      },
      {
        position: 2,
        title: challenge.title,
        challenge: { id: challenge.id },
        ideas: [{ id: idea }],
        project: null,
        note: null,
      },
    ]);
    for (const [items, expected] of [
      [[{ note: 'Sans titre' }], 'items.0.title'],
      [[{ challengeId: draft.id }], 'items.0.challengeId'],
      [[{ challengeId: challenge.id, ideaIds: [hidden] }], 'items.0.ideaIds'],
      [[{ challengeId: challenge.id, ideaIds: [elsewhere] }], 'items.0.ideaIds'],
    ] as const) {
      const res = await t.gql(SET, { id: made.id, items }, made.organizer.headers);
      expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', expected]);
    }
    // Refusals changed nothing.
    const again = await t.gql(
      `query($id: ID!) { event(id: $id) { agenda { title } } }`,
      { id: made.id },
      made.organizer.headers,
    );
    expect(again.data!.event.agenda).toHaveLength(3);
    // Only organizers set it.
    expect(
      code(
        await t.gql(SET, { id: made.id, items: [] }, (await signUp(t, { role: Role.FACILITATOR })).headers),
      ),
    ).toBe('NOT_FOUND');
    await t.gql(
      `mutation($id: ID!) { publishEvent(id: $id) { id } }`,
      { id: made.id },
      made.organizer.headers,
    );
    expect(code(await t.gql(SET, { id: made.id, items: [] }, holder.headers))).toBe('FORBIDDEN');
    const next = await t.gql(`query($c: ID!) { challenge(id: $c) { events { id } } }`, { c: challenge.id });
    expect(next.data!.challenge.events).toEqual([{ id: made.id }]);
  });
});

describe('registrations', () => {
  it('confirm while there is room, then waitlist in order; registering again moves you; cancelling promotes the first', async () => {
    const made = await makeEvent({
      overrides: {
        venues: [
          { name: 'Petite salle', city: 'Brest', capacity: 2 },
          { name: 'Grande salle', city: 'Nantes' },
        ],
      },
    });
    const [brest, nantes] = made.venues;
    const [a, b, c, d] = await crowd(t, 4);
    expect((await register(a, made.id, brest.id)).data!.registerForEvent).toMatchObject({
      status: 'CONFIRMED',
      waitlistPosition: null,
    });
    expect((await register(b, made.id, brest.id)).data!.registerForEvent.status).toBe('CONFIRMED');
    expect((await register(c, made.id, brest.id)).data!.registerForEvent).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect((await register(d, made.id, brest.id)).data!.registerForEvent).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    // Idempotent.
    expect((await register(a, made.id, brest.id)).data!.registerForEvent.status).toBe('CONFIRMED');
    // A moves to Nantes: C gets A's place in Brest, D is first in line.
    expect((await register(a, made.id, nantes.id)).data!.registerForEvent).toMatchObject({
      status: 'CONFIRMED',
      venue: { id: nantes.id },
    });
    const mine = (who: Account) =>
      t.gql(
        `query($id: ID!) { event(id: $id) { viewerRegistration { status waitlistPosition venue { city } } } }`,
        { id: made.id },
        who.headers,
      );
    expect((await mine(c)).data!.event.viewerRegistration).toEqual({
      status: 'CONFIRMED',
      waitlistPosition: null,
      venue: { city: 'Brest' },
    });
    expect((await mine(d)).data!.event.viewerRegistration).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 1,
      venue: { city: 'Brest' },
    });
    expect((await cancel(b, made.id)).data!.cancelRegistration.status).toBe('CANCELLED');
    expect((await mine(d)).data!.event.viewerRegistration.status).toBe('CONFIRMED');
    expect((await mine(b)).data!.event.viewerRegistration).toBeNull();
    expect(await venueState(brest.id)).toEqual({
      capacity: 2,
      confirmed_count: 2,
      confirmed: 2,
      waitlisted: 0,
    });
    // A waitlisted person may leave the line.
    const e = (await crowd(t, 1))[0];
    await register(e, made.id, brest.id);
    expect((await cancel(e, made.id)).data!.cancelRegistration.status).toBe('CANCELLED');
    expect(await venueState(brest.id)).toEqual({
      capacity: 2,
      confirmed_count: 2,
      confirmed: 2,
      waitlisted: 0,
    });
  });

  it('300 at once for 10 places: exactly 10 confirmed, the line 1..290 with no gap or duplicate', async () => {
    const made = await makeEvent({
      overrides: { venues: [{ name: 'Atelier', city: 'Brest', capacity: 10 }] },
    });
    const venue = made.venues[0];
    const people = await crowd(t, 300);
    const results = await Promise.all(people.map((p) => register(p, made.id, venue.id)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const statuses = results.map((r) => r.data!.registerForEvent);
    expect(statuses.filter((s) => s.status === 'CONFIRMED')).toHaveLength(10);
    const positions = statuses
      .filter((s) => s.status === 'WAITLISTED')
      .map((s) => s.waitlistPosition as number);
    expect(positions.sort((x, y) => x - y)).toEqual(Array.from({ length: 290 }, (_, i) => i + 1));
    expect(await venueState(venue.id)).toEqual({
      capacity: 10,
      confirmed_count: 10,
      confirmed: 10,
      waitlisted: 290,
    });
    // 300 accounts made, then 300 registrations: on the embedded database they queue for its one
    // connection, several times 30 s when CI's checks share the CPU.
  }, 120_000);

  it('cancellations racing registrations never exceed capacity, and promote the line in order', async () => {
    const made = await makeEvent({
      overrides: { venues: [{ name: 'Atelier', city: 'Brest', capacity: 5 }] },
    });
    const venue = made.venues[0];
    const first = await crowd(t, 15);
    for (const p of first) await register(p, made.id, venue.id);
    const line = (await t.dataSource.query(
      `SELECT user_id FROM registrations WHERE venue_id = $1 AND status = 'WAITLISTED' ORDER BY queue`,
      [venue.id],
    )) as { user_id: string }[];
    const newcomers = await crowd(t, 20);
    const results = await Promise.all([
      ...first.slice(0, 4).map((p) => cancel(p, made.id)),
      ...newcomers.map((p) => register(p, made.id, venue.id)),
    ]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const state = await venueState(venue.id);
    expect(state).toEqual({ capacity: 5, confirmed_count: 5, confirmed: 5, waitlisted: 10 - 4 + 20 });
    // The four freed places went to the first four of the line as it stood.
    const confirmed = (await t.dataSource.query(
      `SELECT user_id FROM registrations WHERE venue_id = $1 AND status = 'CONFIRMED'`,
      [venue.id],
    )) as { user_id: string }[];
    const ids = new Set(confirmed.map((r) => r.user_id));
    for (const { user_id } of line.slice(0, 4)) expect(ids.has(user_id)).toBe(true);
    expect(ids.has(first[4].id)).toBe(true);
  });

  it('are refused for drafts, cancelled events and once the event has started', async () => {
    const draft = await makeEvent({ publish: false });
    const [p] = await crowd(t, 1);
    expect(code(await register(p, draft.id, draft.venues[0].id))).toBe('NOT_FOUND');
    const cancelled = await makeEvent();
    await t.gql(
      `mutation($id: ID!) { cancelEvent(id: $id, reason: "Salle indisponible") { status } }`,
      { id: cancelled.id },
      cancelled.organizer.headers,
    );
    expect(code(await register(p, cancelled.id, cancelled.venues[0].id))).toBe('CONFLICT');
    const started = await makeEvent();
    await t.dataSource.query(`UPDATE events SET starts_at = now() - interval '1 hour' WHERE id = $1`, [
      started.id,
    ]);
    expect(code(await register(p, started.id, started.venues[0].id))).toBe('CONFLICT');
    const other = await makeEvent();
    const wrongVenue = await register(p, started.id, other.venues[0].id);
    expect(code(wrongVenue)).toBe('CONFLICT');
    expect([
      code(await register(p, other.id, started.venues[0].id)),
      field(await register(p, other.id, started.venues[0].id)),
    ]).toEqual(['BAD_USER_INPUT', 'venueId']);
  });

  it('are listed for organizers and a venue’s hosts, who check people in; the counts follow', async () => {
    const host = await signUp(t, { role: Role.FACILITATOR });
    const made = await makeEvent({
      overrides: {
        venues: [
          { name: 'Salle', city: 'Brest', capacity: 3, hostIds: [host.id] },
          { name: 'Autre', city: 'Nantes' },
        ],
      },
    });
    const [brest, nantes] = made.venues;
    const people = await crowd(t, 3);
    const regs = [];
    for (const p of people)
      regs.push((await register(p, made.id, brest.id)).data!.registerForEvent.id as string);
    const LIST = `query($id: ID!, $v: ID) { event(id: $id) { registrations(venueId: $v, first: 10) { totalCount edges { node { id user { id } status } } } } }`;
    expect(
      (await t.gql(LIST, { id: made.id, v: brest.id }, host.headers)).data!.event.registrations.totalCount,
    ).toBe(3);
    expect(code(await t.gql(LIST, { id: made.id, v: brest.id }, people[0].headers))).toBe('FORBIDDEN');
    const CHECK = `mutation($r: ID!, $p: Boolean) { checkIn(registrationId: $r, present: $p) { checkedInAt } }`;
    expect((await t.gql(CHECK, { r: regs[0] }, host.headers)).data!.checkIn.checkedInAt).not.toBeNull();
    await t.gql(CHECK, { r: regs[1] }, made.organizer.headers);
    expect(code(await t.gql(CHECK, { r: regs[2] }, people[0].headers))).toBe('FORBIDDEN');
    const counts = await t.gql(
      `query($id: ID!) { event(id: $id) { venues { city registeredCount checkedInCount waitlistCount } } }`,
      { id: made.id },
    );
    expect(counts.data!.event.venues).toEqual([
      { city: 'Brest', registeredCount: 3, checkedInCount: 2, waitlistCount: 0 },
      { city: 'Nantes', registeredCount: 0, checkedInCount: 0, waitlistCount: 0 },
    ]);
    expect(nantes.id).toBeDefined();
  });

  it('a larger capacity promotes the first of the line; a smaller one never goes below the confirmed', async () => {
    const made = await makeEvent({ overrides: { venues: [{ name: 'Salle', city: 'Brest', capacity: 1 }] } });
    const venue = made.venues[0];
    const people = await crowd(t, 3);
    for (const p of people) await register(p, made.id, venue.id);
    const UPDATE = `mutation($id: ID!, $input: VenueInput!) { updateVenue(id: $id, input: $input) { capacity registeredCount waitlistCount } }`;
    const grown = await t.gql(
      UPDATE,
      { id: venue.id, input: { name: 'Salle', city: 'Brest', capacity: 2 } },
      made.organizer.headers,
    );
    expect(grown.data!.updateVenue).toEqual({ capacity: 2, registeredCount: 2, waitlistCount: 1 });
    const shrunk = await t.gql(
      UPDATE,
      { id: venue.id, input: { name: 'Salle', city: 'Brest', capacity: 1 } },
      made.organizer.headers,
    );
    expect([code(shrunk), field(shrunk)]).toEqual(['BAD_USER_INPUT', 'input.capacity']);
    expect(
      code(
        await t.gql(`mutation($id: ID!) { removeVenue(id: $id) }`, { id: venue.id }, made.organizer.headers),
      ),
    ).toBe('CONFLICT');
  });
});

describe('completing an event', () => {
  it('writes the report and each outcome back in one transaction: outcome, selected ideas, closed', async () => {
    const made = await makeEvent({ publish: false });
    const holder = await signUp(t);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
    const project = await createProject(t.dataSource, {}, [user]);
    const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
    const idea = (
      await t.gql(
        `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Retenue", body: "" }) { id } }`,
        { c: challenge.id },
        holder.headers,
      )
    ).data!.proposeIdea.id;
    await t.gql(
      `mutation($id: ID!, $items: [AgendaItemInput!]!) { setEventAgenda(id: $id, items: $items) { id } }`,
      { id: made.id, items: [{ challengeId: challenge.id, ideaIds: [idea] }] },
      made.organizer.headers,
    );
    await t.gql(
      `mutation($id: ID!) { publishEvent(id: $id) { id } }`,
      { id: made.id },
      made.organizer.headers,
    );
    const COMPLETE = `mutation($id: ID!, $report: String!, $outcomes: [ChallengeOutcomeInput!]) {
      completeEvent(id: $id, report: $report, outcomes: $outcomes) { status report } }`;
    const outcomes = [
      {
        challengeId: challenge.id,
        outcome: 'Un planning partagé sera testé',
        selectedIdeaIds: [idea],
        close: true,
      },
    ];
    expect(
      code(await t.gql(COMPLETE, { id: made.id, report: 'Trop tôt', outcomes }, made.organizer.headers)),
    ).toBe('CONFLICT');
    await t.dataSource.query(
      `UPDATE events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [made.id],
    );
    const other = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
    const notOnAgenda = await t.gql(
      COMPLETE,
      { id: made.id, report: 'Bilan', outcomes: [...outcomes, { challengeId: other.id, outcome: 'x' }] },
      made.organizer.headers,
    );
    expect([code(notOnAgenda), field(notOnAgenda)]).toEqual(['BAD_USER_INPUT', 'outcomes.1.challengeId']);
    // The refusal rolled everything back.
    const before = await t.gql(
      `query($c: ID!, $i: ID!) { challenge(id: $c) { status outcome } idea(id: $i) { status } }`,
      { c: challenge.id, i: idea },
    );
    expect(before.data).toEqual({
      challenge: { status: 'OPEN', outcome: null },
      idea: { status: 'PROPOSED' },
    });

    const done = await t.gql(
      COMPLETE,
      { id: made.id, report: '35 personnes, 3 villes.', outcomes },
      made.organizer.headers,
    );
    expect(done.data!.completeEvent).toEqual({ status: 'DONE', report: '35 personnes, 3 villes.' });
    const after = await t.gql(
      `query($c: ID!, $i: ID!) { challenge(id: $c) { status outcome } idea(id: $i) { status } }`,
      { c: challenge.id, i: idea },
    );
    expect(after.data).toEqual({
      challenge: { status: 'CLOSED', outcome: 'Un planning partagé sera testé' },
      idea: { status: 'SELECTED' },
    });
    const audit: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_entries WHERE target_id = ANY($1::uuid[]) ORDER BY at`,
      [[made.id, challenge.id, idea]],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['event.complete', 'challenge.writeOutcome', 'idea.setStatus']),
    );
  });
});

describe('calendar files', () => {
  it('are valid iCalendar with a stable UID, the zone, the venue and a link back; none for drafts', async () => {
    const made = await makeEvent();
    const [brest] = made.venues;
    const get = (path: string) => fetch(`${t.url}${path}`);
    const res = await get(`/events/${made.id}.ics?venue=${brest.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    expect(vcalendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    const vevent = new ICAL.Event(vcalendar.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe('Soirée des défis');
    expect(vevent.location).toContain('1 rue de Siam');
    expect(vevent.startDate.toJSDate().toISOString()).toBe(inDays(10, 17));
    expect(String(vevent.component.getFirstPropertyValue('url'))).toContain(`/events/${made.id}`);
    const again = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await (await get(`/events/${made.id}.ics`)).text())).getFirstSubcomponent(
        'vevent',
      )!,
    );
    expect(again.uid).toBe(vevent.uid);

    const draft = await makeEvent({ publish: false });
    for (const path of [
      `/events/${draft.id}.ics`,
      `/events/00000000-0000-4000-8000-000000000000.ics`,
      '/events/nope.ics',
    ]) {
      const missing = await get(path);
      expect([path, missing.status]).toEqual([path, 404]);
      expect(missing.headers.get('content-type')).not.toContain('text/html');
    }
    const feed = new ICAL.Component(ICAL.parse(await (await get('/events.ics?city=Nantes')).text()));
    const uids = feed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids).toContain(vevent.uid);
    expect(uids.join()).not.toContain(draft.id);
  });
});

describe('presence per venue during the evening', () => {
  it('counts the people watching by their venue, and marks ideas with their author’s venue', async () => {
    const made = await makeEvent({ publish: false });
    const holder = await signUp(t);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
    const challenge = await createChallenge(
      t.dataSource,
      await createProject(t.dataSource, {}, [user]),
      user,
      {
        status: ChallengeStatus.OPEN,
      },
    );
    await t.gql(
      `mutation($id: ID!, $items: [AgendaItemInput!]!) { setEventAgenda(id: $id, items: $items) { id } }`,
      { id: made.id, items: [{ challengeId: challenge.id }] },
      made.organizer.headers,
    );
    await t.gql(
      `mutation($id: ID!) { publishEvent(id: $id) { id } }`,
      { id: made.id },
      made.organizer.headers,
    );
    const [brest, nantes] = made.venues;
    const people = await crowd(t, 3);
    await register(people[0], made.id, brest.id);
    await register(people[1], made.id, brest.id);
    await register(people[2], made.id, nantes.id);
    await t.dataSource.query(`UPDATE events SET starts_at = now() - interval '10 minutes' WHERE id = $1`, [
      made.id,
    ]);
    const feeds = await Promise.all(
      people.map((p) => subscribe(t, ACTIVITY, { c: challenge.id }, `Bearer ${p.token}`)),
    );
    try {
      const idea = (
        await t.gql(
          `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Depuis Nantes", body: "" }) { id } }`,
          { c: challenge.id },
          people[2].headers,
        )
      ).data!.proposeIdea.id;
      const res = await t.gql(
        `query($c: ID!, $i: ID!) { challenge(id: $c) { presenceByVenue { count venue { city } } } idea(id: $i) { authorVenue { city } } }`,
        { c: challenge.id, i: idea },
      );
      expect(res.data!.challenge.presenceByVenue).toEqual([
        { count: 2, venue: { city: 'Brest' } },
        { count: 1, venue: { city: 'Nantes' } },
        { count: 0, venue: { city: 'Rennes' } },
      ]);
      expect(res.data!.idea.authorVenue).toEqual({ city: 'Nantes' });
    } finally {
      await Promise.all(feeds.map((f) => f.close()));
    }
  });
});

const withServer = process.env['OUIMAKE_TEST_DATABASE_KIND'] === 'server' ? describe : describe.skip;

withServer('two instances on PostgreSQL', () => {
  it('share one capacity: 200 registrations through both for 10 places', async () => {
    const other = await startTestApp();
    try {
      const made = await makeEvent({
        overrides: { venues: [{ name: 'Atelier', city: 'Brest', capacity: 10 }] },
      });
      const venue = made.venues[0];
      const people = await crowd(t, 200);
      const results = await Promise.all(
        people.map((p, i) => (i % 2 ? other : t).gql(REGISTER, { e: made.id, v: venue.id }, p.headers)),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(results.filter((r) => r.data!.registerForEvent.status === 'CONFIRMED')).toHaveLength(10);
      const positions = results
        .map((r) => r.data!.registerForEvent.waitlistPosition)
        .filter((p): p is number => p !== null)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
      expect(await venueState(venue.id)).toEqual({
        capacity: 10,
        confirmed_count: 10,
        confirmed: 10,
        waitlisted: 190,
      });
    } finally {
      await other.close();
    }
  });
});
