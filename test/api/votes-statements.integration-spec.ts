import { ChallengeStatus } from '@ouimake/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { crowd, signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { expectCountersMatchRows } from './support/invariants';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROPOSE = `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Une idée comptée", body: "" }) { id } }`;
const VOTE = `mutation($id: ID!) { vote(ideaId: $id) { id } }`;
const UNVOTE = `mutation($id: ID!) { unvote(ideaId: $id) { id } }`;
const VOTE_FULL = `mutation($id: ID!) { vote(ideaId: $id) { id voteCount viewerHasVoted challenge { id viewerVotesLeft } } }`;

async function openChallenge(
  options: Partial<ChallengeEntity> = {},
): Promise<{ holder: Account; challengeId: string }> {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    ...options,
  });
  return { holder, challengeId: challenge.id };
}

async function propose(who: Account, challengeId: string): Promise<string> {
  const res = await t.gql(PROPOSE, { c: challengeId }, who.headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.proposeIdea.id;
}

/** The SQL statements a request sends, transaction commands included. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const original = PostgresQueryRunner.prototype.query;
  const seen: string[] = [];
  PostgresQueryRunner.prototype.query = function (
    this: PostgresQueryRunner,
    ...args: Parameters<typeof original>
  ) {
    seen.push(String(args[0]).trim().split(/\s+/)[0].toUpperCase());
    return original.apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
  return seen;
}

describe('a vote', () => {
  it('is one statement after the session check, with no transaction held open across round trips', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 3 });
    const id = await propose(holder, challengeId);
    const voter = await signUp(t);
    for (const [mutation, expected] of [
      [VOTE, 1],
      [VOTE, 1],
      [UNVOTE, 0],
    ] as const) {
      const statements = await statementsOf(async () => {
        const res = await t.gql(mutation, { id }, voter.headers);
        expect(res.errors).toBeUndefined();
      });
      expect(statements.length).toBeLessThanOrEqual(2);
      expect(statements.filter((s) => s === 'START' || s === 'BEGIN')).toEqual([]);
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM votes WHERE idea_id = $1 AND user_id = $2',
        [id, voter.id],
      );
      expect(n).toBe(expected);
    }
    // What the board asks back (count, the viewer's vote, votes left) comes from the statement,
    // but for the challenge's row: at most 4 statements in all (issue 14), here 3.
    for (const [mutation, voted, left] of [
      [VOTE_FULL, true, 2],
      [VOTE_FULL.replace('vote(', 'unvote('), false, 3],
      [VOTE_FULL, true, 2],
    ] as const) {
      const full = await statementsOf(async () => {
        const res = await t.gql(mutation, { id }, voter.headers);
        expect(Object.values(res.data!)[0]).toMatchObject({
          voteCount: voted ? 1 : 0,
          viewerHasVoted: voted,
          challenge: { viewerVotesLeft: left },
        });
      });
      expect(full.length).toBeLessThanOrEqual(3);
    }
    await expectCountersMatchRows(t, challengeId);
  });

  it('by one person for one idea 20 times at once is counted once, and the budget spent once', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 2 });
    const id = await propose(holder, challengeId);
    const voter = await signUp(t);
    const results = await Promise.all(Array.from({ length: 20 }, () => t.gql(VOTE, { id }, voter.headers)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM votes WHERE idea_id = $1) AS votes,
              (SELECT vote_count FROM ideas WHERE id = $1) AS counted,
              (SELECT used FROM vote_tallies WHERE challenge_id = $2 AND user_id = $3) AS used`,
      [id, challengeId, voter.id],
    );
    expect(row).toEqual({ votes: 1, counted: 1, used: 1 });
    await expectCountersMatchRows(t, challengeId);
  });

  it('racing its own unvote 20 times over leaves the counter equal to the rows', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 1 });
    const id = await propose(holder, challengeId);
    const voter = await signUp(t);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, k) => t.gql(k % 2 ? UNVOTE : VOTE, { id }, voter.headers)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    await expectCountersMatchRows(t, challengeId);
  });

  it('on a hidden idea is NOT_FOUND for others, and on a merged one a CONFLICT, changing nothing', async () => {
    const { holder, challengeId } = await openChallenge();
    const hidden = await propose(holder, challengeId);
    const merged = await propose(holder, challengeId);
    await t.dataSource.query(`UPDATE ideas SET hidden = true WHERE id = $1`, [hidden]);
    await t.dataSource.query(`UPDATE ideas SET status = 'MERGED' WHERE id = $1`, [merged]);
    const voter = await signUp(t);
    expect((await t.gql(VOTE, { id: hidden }, voter.headers)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(VOTE, { id: merged }, voter.headers)).errors![0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(VOTE, { id: 'not-an-id' }, voter.headers)).errors![0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM votes WHERE user_id = $1', [
      voter.id,
    ]);
    expect(n).toBe(0);
  });
});

const withServer = process.env['OUIMAKE_TEST_DATABASE_KIND'] === 'server' ? describe : describe.skip;

withServer('200-way races through two instances on PostgreSQL', () => {
  let other: TestApp;
  beforeAll(async () => {
    other = await startTestApp();
  });
  afterAll(() => other.close());

  /** Every second request goes through the other instance. */
  const through = (i: number) => (i % 2 ? other : t);

  it('200 people voting for one idea at once: 200 votes, counted 200 times, each budget spent once', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 1 });
    const id = await propose(holder, challengeId);
    const people = await crowd(t, 200);
    const results = await Promise.all(people.map((p, i) => through(i).gql(VOTE, { id }, p.headers)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM votes WHERE idea_id = $1) AS votes,
              (SELECT vote_count FROM ideas WHERE id = $1) AS counted,
              (SELECT count(*)::int FROM vote_tallies WHERE challenge_id = $2 AND used = 1) AS spent,
              (SELECT participant_count FROM challenges WHERE id = $2) AS participants`,
      [id, challengeId],
    );
    expect(row).toEqual({ votes: 200, counted: 200, spent: 200, participants: 201 });
    await expectCountersMatchRows(t, challengeId);
  });

  it('one person’s 200 votes at once over 10 ideas with 3 to give: exactly 3 given, the rest refused', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 3 });
    const ideas: string[] = [];
    for (let i = 0; i < 10; i++) ideas.push(await propose(holder, challengeId));
    const voter = await signUp(t);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => through(i).gql(VOTE, { id: ideas[i % 10] }, voter.headers)),
    );
    const refused = results.filter((r) => r.errors);
    // Each idea's requests either all succeed (one vote, the rest idempotent) or are all refused.
    expect(new Set(refused.map((r) => r.errors![0].extensions?.['code']))).toEqual(
      new Set(refused.length ? ['VOTE_BUDGET_EXCEEDED'] : []),
    );
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM votes WHERE challenge_id = $1 AND user_id = $2) AS votes,
              (SELECT used FROM vote_tallies WHERE challenge_id = $1 AND user_id = $2) AS used`,
      [challengeId, voter.id],
    );
    expect(row).toEqual({ votes: 3, used: 3 });
    const voted = new Set(
      (
        await t.dataSource.query('SELECT idea_id FROM votes WHERE challenge_id = $1 AND user_id = $2', [
          challengeId,
          voter.id,
        ])
      ).map((r: { idea_id: string }) => r.idea_id),
    );
    // A request for an idea that got the vote never says the budget was spent.
    results.forEach((r, i) => {
      if (voted.has(ideas[i % 10])) expect(r.errors).toBeUndefined();
    });
    await expectCountersMatchRows(t, challengeId);
  });

  it('200 votes and unvotes of one person on one idea, through both: the counter equals the rows', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 1 });
    const id = await propose(holder, challengeId);
    const voter = await signUp(t);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, k) =>
        through(k >> 1).gql(k % 2 ? UNVOTE : VOTE, { id }, voter.headers),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM votes WHERE idea_id = $1) AS votes,
              (SELECT vote_count FROM ideas WHERE id = $1) AS counted,
              (SELECT used FROM vote_tallies WHERE challenge_id = $2 AND user_id = $3) AS used`,
      [id, challengeId, voter.id],
    );
    expect(row.counted).toBe(row.votes);
    expect(row.used).toBe(row.votes);
    await expectCountersMatchRows(t, challengeId);
  });
});
