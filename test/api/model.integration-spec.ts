import { ChallengeStatus, Role } from '@ouimake/domain';
import fc from 'fast-check';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { crowd, signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { expectCountersMatchRows } from './support/invariants';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

/**
 * Concurrency as a property: fast-check draws rounds of votes, unvotes, merges, changes of the vote
 * budget, registrations and cancellations; each round's requests run at once, spread over two server instances on one
 * database (and one Redis when the run has one). After every round the database must equal a
 * model that applies what the server acknowledged: the same votes, no budget or capacity exceeded,
 * every counter equal to its rows, a freed place always given to the first in line.
 */
let one: TestApp;
let two: TestApp;
beforeAll(async () => {
  // One after the other: on a fresh embedded database, the first one migrates it (the embedded
  // database has one session, so the migrations' advisory lock cannot keep two boots apart).
  one = await startTestApp();
  two = await startTestApp();
});
afterAll(async () => {
  await Promise.all([one?.close(), two?.close()]);
});

const BUDGET = 2;
const IDEAS = 4;
const PEOPLE = 4;
const CAPACITY = 2;

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code ?? 'OK';
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

type Command =
  | { kind: 'vote' | 'unvote'; person: number; idea: number }
  | { kind: 'register' | 'cancel'; person: number }
  | { kind: 'merge'; source: number; target: number }
  | { kind: 'budget'; budget: number };

/**
 * One round: at most one command per person (a person's own requests are not ordered); a merge, or
 * a change of the vote budget, alone.
 */
const round = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.uniqueArray(
      fc.oneof(
        fc.record({
          kind: fc.constantFrom('vote' as const, 'unvote' as const),
          person: fc.nat(PEOPLE - 1),
          idea: fc.nat(IDEAS - 1),
        }),
        fc.record({
          kind: fc.constantFrom('register' as const, 'cancel' as const),
          person: fc.nat(PEOPLE - 1),
        }),
      ),
      { minLength: 1, maxLength: PEOPLE, selector: (c) => c.person },
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ source: fc.nat(IDEAS - 1), target: fc.nat(IDEAS - 1) })
      .filter(({ source, target }) => source !== target)
      .map((m): Command[] => [{ kind: 'merge', ...m }]),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(1, 3).map((budget): Command[] => [{ kind: 'budget', budget }]),
  },
) as fc.Arbitrary<Command[]>;

/** A fresh challenge (budget 2, four ideas) and event (one venue of 2 places), and its people. */
async function scene() {
  const holder = await signUp(one, { role: Role.FACILITATOR });
  const user = await one.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(one.dataSource, {}, [user]);
  const challenge = await createChallenge(one.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    voteBudget: BUDGET,
  });
  const ideas: string[] = [];
  for (let i = 0; i < IDEAS; i++) {
    const res = await one.gql(
      `mutation($c: ID!, $t: String!) { proposeIdea(input: { challengeId: $c, title: $t, body: "" }) { id } }`,
      { c: challenge.id, t: `Idée ${i + 1}` },
      holder.headers,
    );
    ideas.push(res.data!.proposeIdea.id);
  }
  const made = await one.gql(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id venues { id } } }`,
    {
      input: {
        title: 'Atelier du modèle',
        description: 'Des places comptées.',
        format: 'WORKSHOP',
        startsAt: inDays(5),
        endsAt: inDays(5.1),
        timezone: 'Europe/Paris',
        venues: [{ name: 'La Cantine', city: 'Brest', capacity: CAPACITY }],
      },
    },
    holder.headers,
  );
  const event = made.data!.createEvent;
  await one.gql(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, holder.headers);
  const people = await crowd(one, PEOPLE);
  return {
    holder,
    challengeId: challenge.id,
    ideas,
    eventId: event.id as string,
    venueId: event.venues[0].id as string,
    people,
  };
}

interface Model {
  /** The challenge's vote budget now (lowered, it takes back no vote already given). */
  budget: number;
  /** "person:idea" for each vote. */
  votes: Set<string>;
  /** Ideas merged into another (they take no votes any more). */
  merged: Set<number>;
  /** Each person's registration: confirmed, or waitlisted in this order. */
  confirmed: Set<number>;
  waiting: number[];
}

function used(model: Model, person: number): number {
  return [...model.votes].filter((v) => v.startsWith(`${person}:`)).length;
}

it('keeps the database equal to the model of what was acknowledged, over two instances', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(round, { minLength: 6, maxLength: 14 }), async (rounds) => {
      const s = await scene();
      const model: Model = {
        budget: BUDGET,
        votes: new Set(),
        merged: new Set(),
        confirmed: new Set(),
        waiting: [],
      };
      const at = (i: number) => (i % 2 === 0 ? one : two);
      const by = (person: number): Account => s.people[person];

      for (const commands of rounds) {
        const results = await Promise.all(
          commands.map((c, i) => {
            const t = at(i);
            switch (c.kind) {
              case 'vote':
              case 'unvote':
                return t.gql(
                  `mutation($id: ID!) { ${c.kind}(ideaId: $id) { id } }`,
                  { id: s.ideas[c.idea] },
                  by(c.person).headers,
                );
              case 'register':
                return t.gql(
                  `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { status } }`,
                  { e: s.eventId, v: s.venueId },
                  by(c.person).headers,
                );
              case 'cancel':
                return t.gql(
                  `mutation($e: ID!) { cancelRegistration(eventId: $e) { status } }`,
                  { e: s.eventId },
                  by(c.person).headers,
                );
              case 'budget':
                return t.gql(
                  `mutation($id: ID!, $b: Int) { updateChallenge(id: $id, input: { voteBudget: $b }) { id } }`,
                  { id: s.challengeId, b: c.budget },
                  s.holder.headers,
                );
              case 'merge':
                return t.gql(
                  `mutation($s: ID!, $t: ID!) { mergeIdeas(sourceId: $s, targetId: $t) { id } }`,
                  { s: s.ideas[c.source], t: s.ideas[c.target] },
                  s.holder.headers,
                );
            }
          }),
        );

        // Apply what was acknowledged; check each refusal is the one the model expects.
        const freed: number[] = [];
        commands.forEach((c, i) => {
          const outcome = code(results[i]);
          if (c.kind === 'vote') {
            const key = `${c.person}:${c.idea}`;
            if (model.merged.has(c.idea)) expect(outcome).toBe('CONFLICT');
            else if (model.votes.has(key)) expect(['OK', 'CONFLICT']).toContain(outcome);
            else if (used(model, c.person) >= model.budget) expect(outcome).toBe('VOTE_BUDGET_EXCEEDED');
            else {
              expect(outcome).toBe('OK');
              model.votes.add(key);
            }
          } else if (c.kind === 'unvote') {
            if (model.merged.has(c.idea)) expect(outcome).not.toBe('INTERNAL_SERVER_ERROR');
            else {
              expect(['OK', 'NOT_FOUND', 'CONFLICT']).toContain(outcome);
              model.votes.delete(`${c.person}:${c.idea}`);
            }
          } else if (c.kind === 'budget') {
            expect(outcome).toBe('OK');
            model.budget = c.budget;
          } else if (c.kind === 'merge') {
            if (model.merged.has(c.source) || model.merged.has(c.target)) expect(outcome).not.toBe('OK');
            else {
              expect(outcome).toBe('OK');
              model.merged.add(c.source);
              for (const key of [...model.votes]) {
                const [person, idea] = key.split(':').map(Number);
                if (idea !== c.source) continue;
                model.votes.delete(key);
                model.votes.add(`${person}:${c.target}`); // Counted once if they backed both.
              }
            }
          } else if (c.kind === 'register') {
            const already = model.confirmed.has(c.person) || model.waiting.includes(c.person);
            expect(outcome).toBe('OK');
            if (!already) {
              const status = results[i].data!.registerForEvent.status;
              if (status === 'CONFIRMED') model.confirmed.add(c.person);
              else model.waiting.push(c.person);
            }
          } else {
            const held = model.confirmed.has(c.person) || model.waiting.includes(c.person);
            expect(outcome).toBe(held ? 'OK' : 'NOT_FOUND');
            if (model.confirmed.delete(c.person)) freed.push(c.person);
            model.waiting = model.waiting.filter((p) => p !== c.person);
          }
        });
        // Who waited in a round that freed places: the first in line took them, in order.
        const stored: { user_id: string; status: string; queue: string }[] = await one.dataSource.query(
          `SELECT user_id, status, queue FROM registrations WHERE event_id = $1 AND status <> 'CANCELLED' ORDER BY queue`,
          [s.eventId],
        );
        const index = new Map(s.people.map((p, i) => [p.id, i]));
        const confirmed = stored.filter((r) => r.status === 'CONFIRMED').map((r) => index.get(r.user_id)!);
        const waiting = stored.filter((r) => r.status === 'WAITLISTED').map((r) => index.get(r.user_id)!);
        expect(confirmed.length).toBeLessThanOrEqual(CAPACITY);
        // Places are never left empty while someone waits.
        if (waiting.length) expect(confirmed.length).toBe(CAPACITY);
        // Registrations the model knows are all there; promotions come from the front of the line.
        expect(new Set([...confirmed, ...waiting])).toEqual(new Set([...model.confirmed, ...model.waiting]));
        const promoted = confirmed.filter((p) => !model.confirmed.has(p));
        expect(promoted).toEqual(model.waiting.slice(0, promoted.length).filter((p) => promoted.includes(p)));
        model.confirmed = new Set(confirmed);
        model.waiting = waiting;

        // Votes: exactly the model's; counters equal rows; no budget exceeded.
        const votes: { user_id: string; idea_id: string }[] = await one.dataSource.query(
          `SELECT user_id, idea_id FROM votes WHERE challenge_id = $1`,
          [s.challengeId],
        );
        const ideaIndex = new Map(s.ideas.map((id, i) => [id, i]));
        expect(new Set(votes.map((v) => `${index.get(v.user_id)}:${ideaIndex.get(v.idea_id)}`))).toEqual(
          model.votes,
        );
        await expectCountersMatchRows(one, s.challengeId);
        const [venue] = await one.dataSource.query(`SELECT confirmed_count FROM venues WHERE id = $1`, [
          s.venueId,
        ]);
        expect(venue.confirmed_count).toBe(confirmed.length);
      }
    }),
    { numRuns: 8, seed: Number(process.env['FC_SEED'] ?? 20261201), endOnFailure: true },
  );
  // Eight scenes of up to 14 rounds of parallel requests: about 10 s alone, three times that when
  // the browser tests share the CPU (npm test runs them side by side).
}, 120_000);
