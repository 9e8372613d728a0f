import { ChallengeStatus, Role } from '@ouimake/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { expectCountersMatchRows as expectInvariants } from './support/invariants';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROPOSE = `mutation($c: ID!, $title: String!, $body: String!) { proposeIdea(input: { challengeId: $c, title: $title, body: $body }) { id title voteCount } }`;
const VOTE = `mutation($id: ID!) { vote(ideaId: $id) { id voteCount viewerHasVoted } }`;
const UNVOTE = `mutation($id: ID!) { unvote(ideaId: $id) { id voteCount viewerHasVoted } }`;
const IDEAS = `query($c: ID!, $order: IdeaOrder) { challenge(id: $c) { ideaCount participantCount viewerVotesLeft
  ideas(first: 100, orderBy: $order) { totalCount edges { node { id title voteCount viewerHasVoted commentCount } } } } }`;

interface Setup {
  holder: Account;
  challengeId: string;
  projectId: string;
}

/** A project held by a fresh person, with an open challenge (options override its columns). */
async function openChallenge(options: Partial<ChallengeEntity> = {}): Promise<Setup> {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    ...options,
  });
  return { holder, challengeId: challenge.id, projectId: project.id };
}

async function propose(
  who: Account,
  challengeId: string,
  title = 'Une idée à essayer',
  body = '',
): Promise<string> {
  const res = await t.gql(PROPOSE, { c: challengeId, title, body }, who.headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.proposeIdea.id;
}

/** Every stored counter equals the rows it counts, for one challenge. */
const expectCountersMatchRows = (challengeId: string) => expectInvariants(t, challengeId);

describe('proposing ideas', () => {
  it('works on open challenges, counts the idea and the participant, and follows the challenge', async () => {
    const { challengeId } = await openChallenge();
    const p = await signUp(t);
    await propose(p, challengeId, 'Un planning partagé', 'Avec des **créneaux** courts.');
    await propose(p, challengeId, 'Un mot de merci chaque mois');
    const res = await t.gql(
      `query($c: ID!) { challenge(id: $c) { ideaCount participantCount viewerIsFollowing } }`,
      { c: challengeId },
      p.headers,
    );
    expect(res.data!.challenge).toEqual({ ideaCount: 2, participantCount: 1, viewerIsFollowing: true });
    await expectCountersMatchRows(challengeId);
  });

  it.each([ChallengeStatus.DRAFT, ChallengeStatus.CLOSED])(
    'is refused on a %s challenge with CHALLENGE_NOT_OPEN',
    async (status) => {
      const { holder, challengeId } = await openChallenge({
        status,
        outcome: status === ChallengeStatus.CLOSED ? 'Fini.' : null,
      });
      const res = await t.gql(PROPOSE, { c: challengeId, title: 'Trop tard', body: '' }, holder.headers);
      expect(res.errors?.[0].extensions.code).toBe('CHALLENGE_NOT_OPEN');
    },
  );

  it.each([
    [{ title: 'ab' }, 'title'],
    [{ title: 'x'.repeat(141) }, 'title'],
    [{ body: 'x'.repeat(5001) }, 'body'],
  ])('refuses %p with BAD_USER_INPUT on %s', async (override, field) => {
    const { challengeId } = await openChallenge();
    const p = await signUp(t);
    const res = await t.gql(PROPOSE, { c: challengeId, title: 'Valide', body: '', ...override }, p.headers);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await t.gql(IDEAS, { c: challengeId })).data!.challenge.ideaCount).toBe(0);
  });

  it('lets the author edit while the challenge is open, and nobody else', async () => {
    const { holder, challengeId } = await openChallenge();
    const author = await signUp(t);
    const id = await propose(author, challengeId);
    const UPDATE = `mutation($id: ID!, $title: String) { updateIdea(id: $id, input: { title: $title }) { title } }`;
    expect((await t.gql(UPDATE, { id, title: 'Mieux dit' }, author.headers)).data!.updateIdea.title).toBe(
      'Mieux dit',
    );
    expect((await t.gql(UPDATE, { id, title: 'Pirate' }, holder.headers)).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    await t.dataSource
      .getRepository(ChallengeEntity)
      .update({ id: challengeId }, { status: ChallengeStatus.CLOSED });
    expect((await t.gql(UPDATE, { id, title: 'Après' }, author.headers)).errors?.[0].extensions.code).toBe(
      'CHALLENGE_NOT_OPEN',
    );
  });

  it('can be withdrawn by the author until someone else votes, giving back the author’s vote', async () => {
    const { challengeId } = await openChallenge({ voteBudget: 2 });
    const author = await signUp(t);
    const a = await propose(author, challengeId, 'Première');
    await t.gql(VOTE, { id: a }, author.headers);
    const WITHDRAW = `mutation($id: ID!) { withdrawIdea(id: $id) }`;
    expect((await t.gql(WITHDRAW, { id: a }, author.headers)).data).toEqual({ withdrawIdea: a });
    const left = await t.gql(
      `query($c: ID!) { challenge(id: $c) { ideaCount viewerVotesLeft } }`,
      { c: challengeId },
      author.headers,
    );
    expect(left.data!.challenge).toEqual({ ideaCount: 0, viewerVotesLeft: 2 });

    const b = await propose(author, challengeId, 'Seconde');
    await t.gql(VOTE, { id: b }, (await signUp(t)).headers);
    expect((await t.gql(WITHDRAW, { id: b }, author.headers)).errors?.[0].extensions.code).toBe('CONFLICT');
    await expectCountersMatchRows(challengeId);
  });
});

describe('votes', () => {
  it('are idempotent both ways', async () => {
    const { challengeId } = await openChallenge();
    const p = await signUp(t);
    const id = await propose(p, challengeId);
    for (const [q, expected] of [
      [VOTE, 1],
      [VOTE, 1],
      [UNVOTE, 0],
      [UNVOTE, 0],
      [VOTE, 1],
    ] as const) {
      const res = await t.gql(q, { id }, p.headers);
      const idea = res.data!.vote ?? res.data!.unvote;
      expect({ voteCount: idea.voteCount, viewerHasVoted: idea.viewerHasVoted }).toEqual({
        voteCount: expected,
        viewerHasVoted: expected === 1,
      });
    }
  });

  it('50 people voting at once for one idea give exactly 50', async () => {
    const { challengeId } = await openChallenge();
    const people = await Promise.all(Array.from({ length: 50 }, () => signUp(t)));
    const id = await propose(people[0], challengeId);
    const results = await Promise.all(people.map((p) => t.gql(VOTE, { id }, p.headers)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM votes WHERE idea_id = $1', [id]);
    expect(n).toBe(50);
    expect(
      (await t.gql(`query($id: ID!) { idea(id: $id) { voteCount } }`, { id })).data!.idea.voteCount,
    ).toBe(50);
    expect((await t.gql(IDEAS, { c: challengeId })).data!.challenge.participantCount).toBe(50);
    await expectCountersMatchRows(challengeId);
  });

  it('never exceed a budget: 30 parallel votes for 30 ideas with a budget of 3 give 3 votes and 27 refusals', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await propose(holder, challengeId, `Idée numéro ${i}`));
    const voter = await signUp(t);
    const results = await Promise.all(ids.map((id) => t.gql(VOTE, { id }, voter.headers)));
    const codes = results.map((r) => r.errors?.[0].extensions.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c === 'VOTE_BUDGET_EXCEEDED')).toHaveLength(27);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM votes WHERE user_id = $1', [
      voter.id,
    ]);
    expect(n).toBe(3);
    expect((await t.gql(IDEAS, { c: challengeId }, voter.headers)).data!.challenge.viewerVotesLeft).toBe(0);
    await expectCountersMatchRows(challengeId);
  });

  it('30 parallel votes by one person at 10 ideas of a budget-3 challenge leave exactly 3 votes', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await propose(holder, challengeId, `Piste ${i}`));
    const voter = await signUp(t);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => t.gql(VOTE, { id: ids[i % 10] }, voter.headers)),
    );
    const voted = new Set(
      (await t.dataSource.query('SELECT idea_id FROM votes WHERE user_id = $1', [voter.id])).map(
        (r: { idea_id: string }) => r.idea_id,
      ),
    );
    expect(voted.size).toBe(3);
    // Each answer is either the idea the person now holds a vote on (repeats are idempotent) or a refusal.
    results.forEach((r, i) => {
      const code = r.errors?.[0].extensions.code;
      if (code) expect(code).toBe('VOTE_BUDGET_EXCEEDED');
      else expect(voted.has(ids[i % 10])).toBe(true);
    });
    expect(results.filter((r) => r.errors).length).toBeGreaterThanOrEqual(21);
    await expectCountersMatchRows(challengeId);
  });

  it('keep counters equal to rows under racing votes and unvotes', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 2 });
    const ids = [
      await propose(holder, challengeId, 'Alpha'),
      await propose(holder, challengeId, 'Bêta'),
      await propose(holder, challengeId, 'Gamma'),
    ];
    const people = await Promise.all(Array.from({ length: 8 }, () => signUp(t)));
    const ops = people.flatMap((p, pi) =>
      Array.from({ length: 12 }, (_, k) =>
        t.gql((pi + k) % 3 ? VOTE : UNVOTE, { id: ids[(pi * 7 + k) % 3] }, p.headers),
      ),
    );
    const results = await Promise.all(ops);
    expect(
      results.map((r) => r.errors?.[0].extensions.code).filter((c) => c && c !== 'VOTE_BUDGET_EXCEEDED'),
    ).toEqual([]);
    await expectCountersMatchRows(challengeId);
    const [{ over }] = await t.dataSource.query(
      `SELECT count(*)::int AS over FROM (SELECT user_id FROM votes WHERE challenge_id = $1 GROUP BY user_id HAVING count(*) > 2) x`,
      [challengeId],
    );
    expect(over).toBe(0);
  });

  it('are kept when the budget is lowered below them, and new ones wait until people are under it', async () => {
    const { holder, challengeId } = await openChallenge({ voteBudget: 3 });
    const ids = [
      await propose(holder, challengeId, 'Première piste'),
      await propose(holder, challengeId, 'Deuxième piste'),
      await propose(holder, challengeId, 'Troisième piste'),
    ];
    const p = await signUp(t);
    for (const id of ids.slice(0, 2)) expect((await t.gql(VOTE, { id }, p.headers)).errors).toBeUndefined();
    await t.gql(
      `mutation($id: ID!) { updateChallenge(id: $id, input: { voteBudget: 1 }) { id } }`,
      { id: challengeId },
      holder.headers,
    );
    expect((await t.gql(VOTE, { id: ids[2] }, p.headers)).errors?.[0].extensions.code).toBe(
      'VOTE_BUDGET_EXCEEDED',
    );
    expect((await t.gql(IDEAS, { c: challengeId }, p.headers)).data!.challenge.viewerVotesLeft).toBe(0);
    await t.gql(UNVOTE, { id: ids[0] }, p.headers);
    expect((await t.gql(VOTE, { id: ids[2] }, p.headers)).errors?.[0].extensions.code).toBe(
      'VOTE_BUDGET_EXCEEDED',
    );
    await t.gql(UNVOTE, { id: ids[1] }, p.headers);
    expect((await t.gql(VOTE, { id: ids[2] }, p.headers)).errors).toBeUndefined();
  });

  it('are refused once the challenge is closed', async () => {
    const { holder, challengeId } = await openChallenge();
    const id = await propose(holder, challengeId);
    await t.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id } }`, { id: challengeId }, holder.headers);
    const p = await signUp(t);
    expect((await t.gql(VOTE, { id }, p.headers)).errors?.[0].extensions.code).toBe('CHALLENGE_NOT_OPEN');
  });
});

describe('blind voting', () => {
  it('hides counts from participants everywhere while open, not from curators, and from nobody once closed', async () => {
    const { holder, challengeId } = await openChallenge({ blindVoting: true });
    const a = await propose(holder, challengeId, 'Peu de voix');
    const b = await propose(holder, challengeId, 'Beaucoup de voix');
    const voters = await Promise.all(Array.from({ length: 3 }, () => signUp(t)));
    for (const v of voters) await t.gql(VOTE, { id: b }, v.headers);
    const participant = voters[0];
    const facilitator = await signUp(t, { role: Role.FACILITATOR });

    const everywhere = `query($c: ID!, $id: ID!) {
      challenge(id: $c) { ideas(orderBy: TOP) { edges { node { id voteCount similar { voteCount } } } } }
      idea(id: $id) { voteCount challenge { ideas { edges { node { voteCount } } } } }
      similarIdeas(challengeId: $c, text: "voix") { voteCount }
    }`;
    const counts = (data: unknown) => JSON.stringify(data).match(/"voteCount":(\w+)/g) ?? [];
    for (const headers of [{}, participant.headers]) {
      const res = await t.gql(everywhere, { c: challengeId, id: b }, headers);
      expect(res.errors).toBeUndefined();
      expect(counts(res.data).every((c) => c === '"voteCount":null')).toBe(true);
      // TOP would leak the counts: the newest come first instead.
      expect(res.data!.challenge.ideas.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b, a]);
    }
    const vote = await t.gql(VOTE, { id: a }, participant.headers);
    expect(vote.data!.vote.voteCount).toBeNull();

    for (const headers of [holder.headers, facilitator.headers]) {
      const res = await t.gql(IDEAS, { c: challengeId, order: 'TOP' }, headers);
      expect(
        res.data!.challenge.ideas.edges.map((e: { node: { voteCount: number } }) => e.node.voteCount),
      ).toEqual([3, 1]);
    }
    await t.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id } }`, { id: challengeId }, holder.headers);
    const closed = await t.gql(IDEAS, { c: challengeId, order: 'TOP' }, participant.headers);
    expect(
      closed.data!.challenge.ideas.edges.map((e: { node: { voteCount: number } }) => e.node.voteCount),
    ).toEqual([3, 1]);
  });
});

describe('comments', () => {
  const ADD = `mutation($id: ID!, $body: String!, $parent: ID) { addComment(input: { ideaId: $id, body: $body, parentId: $parent }) { id body deleted parent { id } author { id } } }`;
  const THREAD = `query($id: ID!) { idea(id: $id) { commentCount comments { totalCount edges { node { id body deleted parent { id } } } } } }`;

  it('take one level of replies, are deleted by their author into a placeholder, and are counted', async () => {
    const { holder, challengeId } = await openChallenge();
    const idea = await propose(holder, challengeId);
    const p = await signUp(t);
    const top = (await t.gql(ADD, { id: idea, body: 'Et si on testait un mois ?' }, p.headers)).data!
      .addComment;
    const reply = (await t.gql(ADD, { id: idea, body: 'Bonne idée.', parent: top.id }, holder.headers)).data!
      .addComment;
    expect(reply.parent).toEqual({ id: top.id });
    const deep = await t.gql(ADD, { id: idea, body: 'Trop profond', parent: reply.id }, p.headers);
    expect(deep.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });

    expect(
      (await t.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: top.id }, holder.headers))
        .errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: top.id }, p.headers)).data,
    ).toEqual({ deleteComment: top.id });
    const thread = await t.gql(THREAD, { id: idea });
    expect(thread.data!.idea.commentCount).toBe(1);
    expect(thread.data!.idea.comments.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: top.id, body: '', deleted: true, parent: null },
      { id: reply.id, body: 'Bonne idée.', deleted: false, parent: { id: top.id } },
    ]);
    await expectCountersMatchRows(challengeId);
  });

  it.each([[''], ['   '], ['x'.repeat(2001)]])(
    'refuse a body of %p characters with BAD_USER_INPUT',
    async (body) => {
      const { holder, challengeId } = await openChallenge();
      const idea = await propose(holder, challengeId);
      const res = await t.gql(ADD, { id: idea, body }, holder.headers);
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    },
  );
});

describe('duplicate hints', () => {
  it('find close ideas of the same challenge while typing, accents folded', async () => {
    const { holder, challengeId } = await openChallenge();
    const near = await propose(holder, challengeId, 'Un planning des bénévoles en ligne');
    await propose(holder, challengeId, 'Une fête de fin d’année');
    const other = await openChallenge();
    await propose(other.holder, other.challengeId, 'Un planning des benevoles en ligne');
    const res = await t.gql(
      `query($c: ID!) { similarIdeas(challengeId: $c, text: "planning benevoles") { id } }`,
      { c: challengeId },
    );
    expect(res.data!.similarIdeas).toEqual([{ id: near }]);
    const twin = await propose(holder, challengeId, 'Planning en ligne pour les bénévoles');
    const similar = await t.gql(`query($id: ID!) { idea(id: $id) { similar { id } } }`, { id: twin });
    expect(similar.data!.idea.similar.map((i: { id: string }) => i.id)).toContain(near);
  });
});

describe('the cost of a challenge page', () => {
  it('is the same number of SQL queries for 100 ideas as for 10', async () => {
    const viewer = await signUp(t);
    const PAGE = `query($c: ID!, $first: Int!) { challenge(id: $c) { title viewerVotesLeft viewerCanCurate
      ideas(first: $first) { edges { node { id title voteCount commentCount viewerHasVoted status author { displayName } } } } } }`;
    const count = async (ideas: number) => {
      const { holder, challengeId } = await openChallenge({ voteBudget: 5 });
      for (let i = 0; i < ideas; i++) {
        await t.dataSource.query(
          `INSERT INTO ideas (challenge_id, author_id, title, body) VALUES ($1, $2, $3, '')`,
          [challengeId, i % 2 ? holder.id : viewer.id, `Idée ${i}`],
        );
      }
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
        const res = await t.gql(PAGE, { c: challengeId, first: ideas }, viewer.headers);
        expect(res.data!.challenge.ideas.edges).toHaveLength(ideas);
      } finally {
        PostgresQueryRunner.prototype.query = original;
      }
      return queries;
    };
    const ten = await count(10);
    const hundred = await count(100);
    process.stdout.write(`SQL queries for a challenge page: 10 ideas ${ten}, 100 ideas ${hundred}\n`);
    expect(hundred).toBe(ten);
  });
});

describe('reads after writes and hidden relations', () => {
  it('answer each mutation of one document with what it wrote', async () => {
    const { challengeId } = await openChallenge({ voteBudget: 3 });
    const p = await signUp(t);
    const id = await propose(p, challengeId);
    const res = await t.gql(
      `mutation($id: ID!) {
        a: vote(ideaId: $id) { viewerHasVoted challenge { viewerVotesLeft } }
        b: unvote(ideaId: $id) { viewerHasVoted challenge { viewerVotesLeft } }
      }`,
      { id },
      p.headers,
    );
    expect(res.data).toEqual({
      a: { viewerHasVoted: true, challenge: { viewerVotesLeft: 2 } },
      b: { viewerHasVoted: false, challenge: { viewerVotesLeft: 3 } },
    });
  });

  it('never show a hidden parent comment or a hidden merge target to participants', async () => {
    const { holder, challengeId } = await openChallenge();
    const author = await signUp(t);
    const target = await propose(author, challengeId, 'La cible cachée');
    const source = await propose(author, challengeId, 'La source fusionnée');
    const parent = (
      await t.gql(
        `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Propos déplacés" }) { id } }`,
        { id: source },
        author.headers,
      )
    ).data!.addComment.id;
    await t.gql(
      `mutation($id: ID!, $p: ID!) { addComment(input: { ideaId: $id, body: "Réponse", parentId: $p }) { id } }`,
      { id: source, p: parent },
      holder.headers,
    );
    await t.dataSource.query(`UPDATE comments SET hidden = true WHERE id = $1`, [parent]);
    await t.dataSource.query(`UPDATE ideas SET hidden = true WHERE id = $1`, [target]);
    await t.dataSource.query(`UPDATE ideas SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [
      source,
      target,
    ]);

    const Q = `query($id: ID!) { idea(id: $id) { mergedInto { id } comments { edges { node { body parent { body } } } } } }`;
    const participant = await signUp(t);
    for (const headers of [{}, participant.headers]) {
      const res = await t.gql(Q, { id: source }, headers);
      expect(JSON.stringify(res.data)).not.toContain('Propos déplacés');
      expect(res.data!.idea.mergedInto).toBeNull();
    }
    const curator = await t.gql(Q, { id: source }, holder.headers);
    expect(curator.data!.idea.mergedInto).toEqual({ id: target });
    expect(JSON.stringify(curator.data)).toContain('Propos déplacés');

    const reply = await t.gql(
      `mutation($id: ID!, $p: ID!) { addComment(input: { ideaId: $id, body: "Re", parentId: $p }) { id } }`,
      { id: source, p: parent },
      participant.headers,
    );
    expect(reply.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });
});

describe('text with a NUL character', () => {
  it('is refused with BAD_USER_INPUT on its field, and nothing is stored', async () => {
    const { challengeId } = await openChallenge();
    const p = await signUp(t);
    const res = await t.gql(PROPOSE, { c: challengeId, title: 'Une idée\u0000 cachée', body: '' }, p.headers);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await t.gql(IDEAS, { c: challengeId })).data!.challenge.ideaCount).toBe(0);
    const search = await t.gql(`{ challenges(filter: { query: "a\\u0000b" }) { totalCount } }`);
    expect(search.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
