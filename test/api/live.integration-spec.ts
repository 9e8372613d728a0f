import { ChallengeStatus } from '@ouimake/domain';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { ACTIVITY, subscribe, type Activity, type Feed } from './support/live';
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

  it('lets nobody but the holders watch a draft', async () => {
    const { holder, challengeId } = await openChallenge({ status: ChallengeStatus.DRAFT, publishedAt: null });
    const outsider = await watch(t, challengeId, await signUp(t));
    await new Promise((r) => setTimeout(r, 100));
    expect(JSON.stringify(outsider.errors)).toContain('NOT_FOUND');
    const holders = await watch(t, challengeId, holder);
    await holders.next((e) => e.kind === 'PRESENCE_CHANGED');
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
