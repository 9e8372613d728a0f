import { randomUUID } from 'node:crypto';
import { ChallengeStatus } from '@ouimake/domain';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { expectCountersMatchRows } from './support/invariants';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A device that lost its connection sends a proposal or a comment again, with the key it made for
 * it: whatever the timing, the server makes it once and answers the same thing to every retry.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body } }`;

async function openChallenge(): Promise<{ holder: Account; challengeId: string }> {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
  return { holder, challengeId: challenge.id };
}

async function counts(challengeId: string) {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM ideas WHERE challenge_id = $1) AS ideas,
            (SELECT idea_count FROM challenges WHERE id = $1) AS idea_count,
            (SELECT count(*)::int FROM comments c JOIN ideas i ON i.id = c.idea_id WHERE i.challenge_id = $1) AS comments`,
    [challengeId],
  );
  return row as { ideas: number; idea_count: number; comments: number };
}

describe('a proposal sent again with its client key', () => {
  it('20 times at once makes one idea, and every answer names it', async () => {
    const { challengeId } = await openChallenge();
    const author = await signUp(t);
    const input = {
      challengeId,
      title: 'Un covoiturage du marché',
      body: 'Le samedi matin.',
      clientKey: randomUUID(),
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.gql(PROPOSE, { input }, author.headers)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.proposeIdea.id)).size).toBe(1);
    expect(await counts(challengeId)).toEqual({ ideas: 1, idea_count: 1, comments: 0 });
    await expectCountersMatchRows(t, challengeId);
  });

  it('after the challenge closed answers the idea it made, not that the challenge is closed', async () => {
    const { holder, challengeId } = await openChallenge();
    const author = await signUp(t);
    const input = { challengeId, title: 'Une boîte à dons', body: '', clientKey: randomUUID() };
    const first = await t.gql(PROPOSE, { input }, author.headers);
    await t.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id } }`, { id: challengeId }, holder.headers);
    const again = await t.gql(PROPOSE, { input }, author.headers);
    expect(again.errors).toBeUndefined();
    expect(again.data!.proposeIdea.id).toBe(first.data!.proposeIdea.id);
    // Without its key, a new proposal is refused as ever.
    const fresh = await t.gql(PROPOSE, { input: { ...input, clientKey: null } }, author.headers);
    expect(fresh.errors?.[0].extensions?.['code']).toBe('CHALLENGE_NOT_OPEN');
    expect(await counts(challengeId)).toEqual({ ideas: 1, idea_count: 1, comments: 0 });
  });

  it('is the author’s own: another person with the same key makes their own idea', async () => {
    const { challengeId } = await openChallenge();
    const [ana, bruno] = [await signUp(t), await signUp(t)];
    const clientKey = randomUUID();
    const input = { challengeId, title: 'Un atelier vélo', body: '', clientKey };
    const [a, b] = await Promise.all([
      t.gql(PROPOSE, { input }, ana.headers),
      t.gql(PROPOSE, { input }, bruno.headers),
    ]);
    expect(a.data!.proposeIdea.id).not.toBe(b.data!.proposeIdea.id);
    expect(await counts(challengeId)).toEqual({ ideas: 2, idea_count: 2, comments: 0 });
  });

  it('refuses a key that is not a UUID, or one given to a proposal on another challenge, making nothing', async () => {
    const { challengeId } = await openChallenge();
    const other = await openChallenge();
    const author = await signUp(t);
    const bad = await t.gql(
      PROPOSE,
      { input: { challengeId, title: 'Un jardin', body: '', clientKey: 'not-a-key' } },
      author.headers,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientKey' });
    const clientKey = randomUUID();
    await t.gql(PROPOSE, { input: { challengeId, title: 'Un jardin', body: '', clientKey } }, author.headers);
    const elsewhere = await t.gql(
      PROPOSE,
      { input: { challengeId: other.challengeId, title: 'Un jardin', body: '', clientKey } },
      author.headers,
    );
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientKey' });
    expect(await counts(challengeId)).toEqual({ ideas: 1, idea_count: 1, comments: 0 });
    expect(await counts(other.challengeId)).toEqual({ ideas: 0, idea_count: 0, comments: 0 });
  });
});

describe('a comment sent again with its client key', () => {
  it('20 times at once makes one comment, counted once', async () => {
    const { holder, challengeId } = await openChallenge();
    const idea = await t.gql(
      PROPOSE,
      { input: { challengeId, title: 'Une grainothèque', body: '' } },
      holder.headers,
    );
    const ideaId = idea.data!.proposeIdea.id;
    const author = await signUp(t);
    const input = { ideaId, body: 'Je peux tenir la permanence du mardi.', clientKey: randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.gql(COMMENT, { input }, author.headers)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.addComment.id)).size).toBe(1);
    expect((await counts(challengeId)).comments).toBe(1);
    await expectCountersMatchRows(t, challengeId);
    // The same key under another idea is refused.
    const second = await t.gql(
      PROPOSE,
      { input: { challengeId, title: 'Un troc de plants', body: '' } },
      holder.headers,
    );
    const elsewhere = await t.gql(
      COMMENT,
      { input: { ...input, ideaId: second.data!.proposeIdea.id } },
      author.headers,
    );
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientKey' });
    expect((await counts(challengeId)).comments).toBe(1);
  });
});
