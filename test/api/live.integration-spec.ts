import { ActivityKind, ChallengeStatus } from '@ouimake/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ActivityPublisher } from '../../apps/api/src/modules/live/activity.publisher';
import { LiveFanout } from '../../apps/api/src/core/live/live-fanout';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { ACTIVITY, subscribe, until, type Activity, type Feed } from './support/live';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const feeds: Feed<Activity>[] = [];
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await Promise.all(feeds.map((f) => f.close()));
  await t.close();
});

async function watch(app: TestApp, challengeId: string, who?: Account): Promise<Feed<Activity>> {
  const feed = await subscribe<Activity>(
    app,
    ACTIVITY,
    { c: challengeId },
    who ? `Bearer ${who.token}` : undefined,
  );
  feeds.push(feed);
  return feed;
}

async function openChallenge(options: Partial<ChallengeEntity> = {}) {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    ...options,
  });
  return { holder, challengeId: challenge.id };
}

const propose = async (who: Account, c: string, title = 'Une idée en direct') =>
  (
    await t.gql(
      `mutation($c: ID!, $title: String!) { proposeIdea(input: { challengeId: $c, title: $title, body: "" }) { id } }`,
      { c, title },
      who.headers,
    )
  ).data!.proposeIdea.id as string;

describe('challengeActivity', () => {
  it('pushes ideas, votes, comments, challenge changes, sessions and presence within a second', async () => {
    const { holder, challengeId } = await openChallenge();
    const participant = await signUp(t);
    const feed = await watch(t, challengeId, participant);
    expect((await feed.next((e) => e.kind === 'PRESENCE_CHANGED')).presentCount).toBe(1);

    const ideaId = await propose(holder, challengeId, 'Un tableau des missions');
    expect((await feed.next((e) => e.kind === 'IDEA_PROPOSED')).idea).toMatchObject({
      id: ideaId,
      title: 'Un tableau des missions',
    });

    await t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, participant.headers);
    expect((await feed.next((e) => e.kind === 'VOTES_CHANGED')).idea).toMatchObject({
      id: ideaId,
      voteCount: 1,
    });

    await t.gql(
      `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Oui !" }) { id } }`,
      { id: ideaId },
      participant.headers,
    );
    expect((await feed.next((e) => e.kind === 'COMMENT_ADDED')).comment).toMatchObject({ body: 'Oui !' });

    await t.gql(
      `mutation($c: ID!) { startBrainstorm(challengeId: $c, phase: VOTING, minutes: 5) { id } }`,
      { c: challengeId },
      holder.headers,
    );
    expect((await feed.next((e) => e.kind === 'SESSION_CHANGED')).challenge?.session).toEqual({
      phase: 'VOTING',
    });

    const second = await watch(t, challengeId);
    expect((await feed.next((e) => e.kind === 'PRESENCE_CHANGED' && e.presentCount === 2)).presentCount).toBe(
      2,
    );
    expect(
      (await t.gql(`query($c: ID!) { challenge(id: $c) { presentCount } }`, { c: challengeId })).data!
        .challenge.presentCount,
    ).toBe(2);
    await second.close();
    await feed.next((e) => e.kind === 'PRESENCE_CHANGED' && e.presentCount === 1);

    await t.gql(
      `mutation($c: ID!) { closeChallenge(id: $c, outcome: "Merci !") { id } }`,
      { c: challengeId },
      holder.headers,
    );
    expect((await feed.next((e) => e.kind === 'CHALLENGE_UPDATED')).challenge).toMatchObject({
      status: 'CLOSED',
    });
    expect(feed.errors).toEqual([]);
  });

  it('keeps blind counts from participants’ sockets and shows them to curators', async () => {
    const { holder, challengeId } = await openChallenge({ blindVoting: true });
    const participant = await signUp(t);
    const ideaId = await propose(holder, challengeId);
    const theirs = await watch(t, challengeId, participant);
    const curators = await watch(t, challengeId, holder);
    await t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, participant.headers);
    expect((await theirs.next((e) => e.kind === 'VOTES_CHANGED')).idea?.voteCount).toBeNull();
    expect((await curators.next((e) => e.kind === 'VOTES_CHANGED')).idea?.voteCount).toBe(1);
    expect(JSON.stringify(theirs.events)).not.toMatch(/"voteCount":\d/);
  });

  it('never sends hidden ideas to participants, only to curators and their author', async () => {
    const { holder, challengeId } = await openChallenge();
    const author = await signUp(t);
    const ideaId = await propose(author, challengeId, 'Une idée à cacher');
    await t.dataSource.query('UPDATE ideas SET hidden = true WHERE id = $1', [ideaId]);
    const participant = await watch(t, challengeId, await signUp(t));
    const authors = await watch(t, challengeId, author);
    const curators = await watch(t, challengeId, holder);
    await t.gql(
      `mutation($id: ID!) { updateIdea(id: $id, input: { title: "Toujours cachée" }) { id } }`,
      { id: ideaId },
      author.headers,
    );
    await authors.next((e) => e.kind === 'IDEA_UPDATED');
    await curators.next((e) => e.kind === 'IDEA_UPDATED');
    // Anything sent after the edit would have arrived with the others.
    await new Promise((r) => setTimeout(r, 200));
    expect(participant.events.filter((e) => e.kind === 'IDEA_UPDATED')).toEqual([]);
  });

  it('speaks the language the board chose in connection_init, whatever the browser’s', async () => {
    const { holder, challengeId } = await openChallenge();
    const DOC = `subscription($c: ID!) { challengeActivity(challengeId: $c) { kind challenge { themes { slug label } } } }`;
    type Themed = { kind: string; challenge: { themes: { slug: string; label: string }[] } | null };
    const listen = async (language: string) => {
      const feed = await subscribe<Themed>(t, DOC, { c: challengeId }, undefined, { language });
      feeds.push(feed as unknown as Feed<Activity>);
      return feed;
    };
    const [english, french] = [await listen('en'), await listen('fr')];
    const label = async (language: string) =>
      (await t.gql(`{ themes { slug label } }`, {}, { 'accept-language': language })).data!.themes[0] as {
        slug: string;
        label: string;
      };
    const [en, fr] = [await label('en'), await label('fr')];
    expect(en.label).not.toBe(fr.label);
    await t.gql(
      `mutation($c: ID!, $s: [String!]!) { updateChallenge(id: $c, input: { themes: $s }) { id } }`,
      { c: challengeId, s: [en.slug] },
      holder.headers,
    );
    const updated = (e: Themed) => e.kind === 'CHALLENGE_UPDATED';
    expect((await english.next(updated)).challenge?.themes).toEqual([en]);
    expect((await french.next(updated)).challenge?.themes).toEqual([fr]);
  });

  it('lets nobody but the holders watch a draft', async () => {
    const { holder, challengeId } = await openChallenge({ status: ChallengeStatus.DRAFT, publishedAt: null });
    const outsider = await watch(t, challengeId, await signUp(t));
    await until(() => outsider.errors.length > 0);
    expect(JSON.stringify(outsider.errors)).toContain('NOT_FOUND');
    const holders = await watch(t, challengeId, holder);
    await holders.next((e) => e.kind === 'PRESENCE_CHANGED');
  });
});

describe('live fan-out', () => {
  const WALL = `subscription($c: ID!) { challengeActivity(challengeId: $c) {
    kind presentCount idea { id title voteCount viewerHasVoted author { displayName } challenge { title viewerVotesLeft } }
  } }`;
  type WallEvent = {
    kind: string;
    presentCount: number;
    idea: {
      id: string;
      voteCount: number | null;
      viewerHasVoted: boolean;
      challenge: { viewerVotesLeft: number };
    };
  };

  /** SQL queries run while `during` runs, counted at the driver. */
  async function countQueries(during: () => Promise<unknown>): Promise<number> {
    const original = PostgresQueryRunner.prototype.query;
    let queries = 0;
    PostgresQueryRunner.prototype.query = function (
      this: PostgresQueryRunner,
      ...args: Parameters<typeof original>
    ) {
      queries++;
      return original.apply(this, args);
    } as typeof original;
    try {
      await during();
    } finally {
      PostgresQueryRunner.prototype.query = original;
    }
    return queries;
  }

  /** `people` signed-in participants who voted for the idea, and one who did not, all watching. */
  async function room(people: number) {
    const { holder, challengeId } = await openChallenge({ voteBudget: 3 });
    const ideaId = await propose(holder, challengeId, 'Une idée très suivie');
    const voters = await Promise.all(Array.from({ length: people }, () => signUp(t)));
    for (const v of voters)
      await t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, v.headers);
    const abstainer = await signUp(t);
    const watching = await Promise.all(
      [...voters, abstainer].map(async (who) => {
        const feed = await subscribe<WallEvent>(t, WALL, { c: challengeId }, `Bearer ${who.token}`);
        feeds.push(feed as unknown as Feed<Activity>);
        return feed;
      }),
    );
    return { holder, challengeId, ideaId, watching };
  }

  it('costs the same SQL queries for 12 watchers as for 3, and each reads their own vote', async () => {
    const cost = async (people: number) => {
      const { challengeId, ideaId, watching } = await room(people);
      // Let the arrivals' presence announcement (250 ms after the last) reach everyone before
      // counting: its deliveries re-check each viewer, which is SQL of its own.
      await Promise.all(
        watching.map((f) =>
          f.next((e) => e.kind === 'PRESENCE_CHANGED' && e.presentCount === people + 1, 5000),
        ),
      );
      await new Promise((r) => setTimeout(r, 200));
      const queries = await countQueries(async () => {
        await t.app.get(ActivityPublisher).publish({ kind: ActivityKind.VOTES_CHANGED, challengeId, ideaId });
        const events = await Promise.all(
          watching.map((f) => f.next((e) => e.kind === 'VOTES_CHANGED', 5000)),
        );
        // Everyone's own view: the voters voted and have 2 votes left, the last one did not.
        events.slice(0, -1).forEach((e) =>
          expect(e.idea).toMatchObject({
            id: ideaId,
            voteCount: people,
            viewerHasVoted: true,
            challenge: { viewerVotesLeft: 2 },
          }),
        );
        expect(events.at(-1)!.idea).toMatchObject({
          viewerHasVoted: false,
          challenge: { viewerVotesLeft: 3 },
        });
      });
      return queries;
    };
    const three = await cost(3);
    const twelve = await cost(12);
    process.stdout.write(`SQL queries for one live event: 4 watchers ${three}, 13 watchers ${twelve}\n`);
    expect(twelve).toBe(three);
  });

  it('shows a burst of vote changes once per idea as its turn comes, each with its latest count', async () => {
    const { holder, challengeId, ideaId, watching } = await room(3);
    const watcher = watching.at(-1)!;
    await watcher.next((e) => e.kind === 'PRESENCE_CHANGED' && e.presentCount === 4, 5000);
    const quiet = await propose(holder, challengeId, 'Une idée sans vote');
    await watcher.next((e) => e.kind === 'IDEA_PROPOSED' && e.idea.id === quiet, 5000);
    const publisher = t.app.get(ActivityPublisher);
    const before = watcher.events.length;
    // A room voting at once: 60 changes of one idea and 60 of another, interleaved.
    await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        publisher.publish({ kind: ActivityKind.VOTES_CHANGED, challengeId, ideaId: i % 2 ? quiet : ideaId }),
      ),
    );
    const last = (id: string) =>
      watcher
        .next((e) => e.kind === 'VOTES_CHANGED' && e.idea.id === id, 5000)
        .then(async () => {
          await new Promise((r) => setTimeout(r, 500));
          return watcher.events.slice(before).filter((e) => e.kind === 'VOTES_CHANGED' && e.idea.id === id);
        });
    const [busy, calm] = [await last(ideaId), await last(quiet)];
    process.stdout.write(
      `120 vote changes of two ideas in a burst: ${busy.length + calm.length} deliveries to a watcher\n`,
    );
    // Merged while they waited for their turn, never dropped: each idea shows its count as it is.
    expect(busy.length + calm.length).toBeLessThan(20);
    expect(busy.at(-1)!.idea).toMatchObject({ id: ideaId, voteCount: 3, viewerHasVoted: false });
    expect(calm.at(-1)!.idea).toMatchObject({ id: quiet, voteCount: 0, viewerHasVoted: false });
  });

  it('executes an event once for signed-in people of the same role, then only each one’s own fields', async () => {
    // The fields the board's live document asks (apps/web/src/modules/live/graphql).
    const BOARD = `subscription($c: ID!) { challengeActivity(challengeId: $c) {
      kind at challengeId ideaId presentCount catchUp
      idea { id title body status hidden hiddenReason viewerHasReported commentCount createdAt updatedAt
        voteCount viewerHasVoted author { id displayName } authorVenue { id city } mergedInto { id title }
        challenge { id ideaCount participantCount viewerVotesLeft } }
      challenge { id title viewerCanCurate viewerIsFollowing presentCount session { id phase endsAt startedBy { id displayName } }
        resources { id title url } }
    } }`;
    type BoardEvent = {
      kind: string;
      idea: {
        id: string;
        voteCount: number;
        viewerHasVoted: boolean;
        viewerHasReported: boolean;
        challenge: { viewerVotesLeft: number };
      } | null;
      challenge: { viewerCanCurate: boolean; viewerIsFollowing: boolean } | null;
    };
    const { holder, challengeId } = await openChallenge({ voteBudget: 2 });
    const ideaId = await propose(holder, challengeId, 'Une idée pour tous');
    const people = await Promise.all(Array.from({ length: 4 }, () => signUp(t)));
    const [voter, follower] = people;
    await t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, voter.headers);
    await t.gql(
      `mutation($id: ID!) { followChallenge(id: $id) { id } }`,
      { id: challengeId },
      follower.headers,
    );
    const watching = await Promise.all(
      [...people, holder].map(async (who) => {
        const feed = await subscribe<BoardEvent>(t, BOARD, { c: challengeId }, `Bearer ${who.token}`);
        feeds.push(feed as unknown as Feed<Activity>);
        await feed.next((e) => e.kind === 'PRESENCE_CHANGED');
        return feed;
      }),
    );
    const fanout = t.app.get(LiveFanout);
    await new Promise((r) => setTimeout(r, 400));
    const before = { ...fanout.stats };

    await t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, follower.headers);
    const votes = await Promise.all(watching.map((f) => f.next((e) => e.kind === 'VOTES_CHANGED')));
    await t.gql(
      `mutation($c: ID!) { startBrainstorm(challengeId: $c, phase: VOTING, minutes: 5) { id } }`,
      { c: challengeId },
      holder.headers,
    );
    const rounds = await Promise.all(watching.map((f) => f.next((e) => e.kind === 'SESSION_CHANGED')));

    // Each their own: who voted and what they have left, who follows, who curates.
    expect(
      votes.map((e) => [e.idea!.voteCount, e.idea!.viewerHasVoted, e.idea!.challenge.viewerVotesLeft]),
    ).toEqual([
      [2, true, 1],
      [2, true, 1],
      [2, false, 2],
      [2, false, 2],
      [2, false, 2],
    ]);
    // (voting and proposing follow a challenge too)
    expect(rounds.map((e) => [e.challenge!.viewerIsFollowing, e.challenge!.viewerCanCurate])).toEqual([
      [true, false],
      [true, false],
      [false, false],
      [false, false],
      [true, true],
    ]);
    // The four participants share one execution per event; the holder (who curates) has their own.
    expect(fanout.stats.shared - before.shared).toBeGreaterThanOrEqual(2);
    expect(fanout.stats.personal - before.personal).toBe(0);
  });

  it('executes for each person a document that asks who they are, and shows nobody another’s email', async () => {
    const { challengeId } = await openChallenge();
    const [author, other] = await Promise.all([signUp(t), signUp(t)]);
    const WHO = `subscription($c: ID!) { challengeActivity(challengeId: $c) { kind idea { id author { id email } } } }`;
    type WhoEvent = { kind: string; idea: { author: { id: string; email: string | null } } | null };
    const [mine, theirs] = await Promise.all(
      [author, other].map(async (who) => {
        const feed = await subscribe<WhoEvent>(t, WHO, { c: challengeId }, `Bearer ${who.token}`);
        feeds.push(feed as unknown as Feed<Activity>);
        await feed.next((e) => e.kind === 'PRESENCE_CHANGED');
        return feed;
      }),
    );
    const fanout = t.app.get(LiveFanout);
    const before = fanout.stats.personal;
    await propose(author, challengeId, 'Écrite par moi');
    const [seen, seenByOther] = await Promise.all(
      [mine, theirs].map((f) => f.next((e) => e.kind === 'IDEA_PROPOSED')),
    );
    expect(seen.idea!.author).toEqual({ id: author.id, email: author.email });
    expect(seenByOther.idea!.author).toEqual({ id: author.id, email: null });
    expect(fanout.stats.personal - before).toBe(1);
  });

  it('executes an event once for all the signed-out watchers of the same document', async () => {
    const { challengeId } = await openChallenge();
    const fanout = t.app.get(LiveFanout);
    const before = fanout.audienceCount;
    await Promise.all(Array.from({ length: 5 }, () => watch(t, challengeId)));
    expect(fanout.audienceCount - before).toBe(1);
  });
});

const withRedis = process.env['REDIS_URL'] ? describe : describe.skip;

// Several instances only share live events through Redis (REDIS_URL; CI sets it).
withRedis('two instances sharing PostgreSQL and Redis', () => {
  it('deliver votes and ideas made on one to subscribers of the other, and add up presence', async () => {
    const other = await startTestApp();
    try {
      const { holder, challengeId } = await openChallenge();
      const onFirst = await watch(t, challengeId, await signUp(t));
      const onSecond = await watch(other, challengeId, await signUp(t));
      await onFirst.next((e) => e.kind === 'PRESENCE_CHANGED' && e.presentCount === 2, 2000);

      const ideaId = (
        await other.gql(
          `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Venue d'ailleurs", body: "" }) { id } }`,
          { c: challengeId },
          holder.headers,
        )
      ).data!.proposeIdea.id;
      expect((await onFirst.next((e) => e.kind === 'IDEA_PROPOSED')).idea?.id).toBe(ideaId);
      await other.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, holder.headers);
      expect((await onFirst.next((e) => e.kind === 'VOTES_CHANGED')).idea?.voteCount).toBe(1);
      expect((await onSecond.next((e) => e.kind === 'VOTES_CHANGED')).idea?.voteCount).toBe(1);
      expect(
        (await t.gql(`query($c: ID!) { challenge(id: $c) { presentCount } }`, { c: challengeId })).data!
          .challenge.presentCount,
      ).toBe(2);
      await onSecond.close();
    } finally {
      await other.close();
    }
  });
});
