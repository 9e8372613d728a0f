import { ChallengeStatus, Role } from '@ouimake/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject, uniq } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CREATE_PROJECT = `mutation($i: CreateProjectInput!) { createProject(input: $i) { id slug name viewerIsHolder holders { id } } }`;
const CREATE_CHALLENGE = `mutation($i: CreateChallengeInput!) {
  createChallenge(input: $i) { id status title city voteBudget blindVoting closesAt themes { slug } viewerIsFollowing viewerCanCurate }
}`;
const CHALLENGE = `query($id: ID!) { challenge(id: $id) { id status outcome viewerIsFollowing viewerCanCurate } }`;

async function holderWithProject(): Promise<{ holder: Account; projectId: string }> {
  const holder = await signUp(t);
  const res = await t.gql(
    CREATE_PROJECT,
    { i: { name: `Atelier ${uniq()}`, summary: 'Un lieu.', city: 'Brest' } },
    holder.headers,
  );
  return { holder, projectId: res.data!.createProject.id };
}

describe('projects', () => {
  it('are created by anyone signed in, who becomes their holder, with a slug from the name', async () => {
    const p = await signUp(t);
    const name = `La Fabrique à Idées ${uniq()}`;
    const res = await t.gql(
      CREATE_PROJECT,
      { i: { name, summary: 'Un tiers-lieu.', website: 'https://fabrique.example/' } },
      p.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createProject).toMatchObject({ name, viewerIsHolder: true, holders: [{ id: p.id }] });
    expect(res.data!.createProject.slug).toMatch(/^la-fabrique-a-idees-t[0-9a-f]{8}$/);
  });

  it('get distinct slugs when several share a name, even created at once', async () => {
    const p = await signUp(t);
    const name = `Même nom ${uniq()}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(CREATE_PROJECT, { i: { name, summary: 'x' } }, p.headers)),
    );
    const slugs = results.map((r) => r.data!.createProject.slug).sort();
    expect(new Set(slugs).size).toBe(5);
    expect(slugs[0]).toBe(slugs[0].replace(/-\d$/, ''));
  });

  it.each([
    [{ name: 'x' }, 'name'],
    [{ summary: '   ' }, 'summary'],
    [{ website: 'javascript:alert(1)' }, 'website'],
    [{ website: 'pas une adresse' }, 'website'],
  ])('refuses %p with BAD_USER_INPUT on %s', async (override, field) => {
    const p = await signUp(t);
    const res = await t.gql(
      CREATE_PROJECT,
      { i: { name: 'Valide', summary: 'Valide', ...override } },
      p.headers,
    );
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('keep their slug when renamed, and are edited by holders and admins only', async () => {
    const { holder, projectId } = await holderWithProject();
    const UPDATE = `mutation($id: ID!, $i: UpdateProjectInput!) { updateProject(id: $id, input: $i) { slug name } }`;
    const before = await t.gql(`query($id: ID) { project(id: $id) { slug } }`, { id: projectId });
    const renamed = await t.gql(UPDATE, { id: projectId, i: { name: 'Un tout autre nom' } }, holder.headers);
    expect(renamed.data!.updateProject).toEqual({
      slug: before.data!.project.slug,
      name: 'Un tout autre nom',
    });
    const other = await signUp(t, { role: Role.FACILITATOR });
    expect(
      (await t.gql(UPDATE, { id: projectId, i: { name: 'Pirate' } }, other.headers)).errors?.[0].extensions
        .code,
    ).toBe('FORBIDDEN');
  });

  it('take new holders, who may then post challenges and follow the existing ones', async () => {
    const { holder, projectId } = await holderWithProject();
    const existing = await t.gql(
      CREATE_CHALLENGE,
      { i: { projectId, title: 'Déjà là', description: 'x', publish: true } },
      holder.headers,
    );
    const newcomer = await signUp(t);
    const ADD = `mutation($p: ID!, $u: ID!) { addProjectHolder(projectId: $p, userId: $u) { holders { id } } }`;
    const added = await t.gql(ADD, { p: projectId, u: newcomer.id }, holder.headers);
    expect(added.data!.addProjectHolder.holders.map((h: { id: string }) => h.id).sort()).toEqual(
      [holder.id, newcomer.id].sort(),
    );
    expect((await t.gql(ADD, { p: projectId, u: newcomer.id }, holder.headers)).errors).toBeUndefined();
    expect(
      (await t.gql(ADD, { p: projectId, u: '00000000-0000-4000-8000-000000000000' }, holder.headers))
        .errors?.[0].extensions.code,
    ).toBe('NOT_FOUND');

    const follows = await t.gql(CHALLENGE, { id: existing.data!.createChallenge.id }, newcomer.headers);
    expect(follows.data!.challenge.viewerIsFollowing).toBe(true);
    const posted = await t.gql(
      CREATE_CHALLENGE,
      { i: { projectId, title: 'Nouvelle', description: 'y' } },
      newcomer.headers,
    );
    expect(posted.errors).toBeUndefined();
  });

  it('show the projects a person holds on their profile', async () => {
    const { holder, projectId } = await holderWithProject();
    const res = await t.gql('{ me { projects { id } } }', {}, holder.headers);
    expect(res.data!.me.projects).toEqual([{ id: projectId }]);
  });
});

describe('challenges', () => {
  it('are drafts unless published, take the project’s city by default, and are followed by their holders', async () => {
    const { holder, projectId } = await holderWithProject();
    const res = await t.gql(
      CREATE_CHALLENGE,
      {
        i: {
          projectId,
          title: '  Comment décider ensemble ?  ',
          description: 'Contexte.',
          themes: ['governance', 'governance'],
        },
      },
      holder.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createChallenge).toMatchObject({
      status: 'DRAFT',
      title: 'Comment décider ensemble ?',
      city: 'Brest',
      voteBudget: null,
      blindVoting: false,
      themes: [{ slug: 'governance' }],
      viewerIsFollowing: true,
      viewerCanCurate: true,
    });
    const published = await t.gql(
      CREATE_CHALLENGE,
      {
        i: {
          projectId,
          title: 'Ouvert',
          description: 'x',
          publish: true,
          voteBudget: 3,
          blindVoting: true,
          city: 'Rennes',
        },
      },
      holder.headers,
    );
    expect(published.data!.createChallenge).toMatchObject({
      status: 'OPEN',
      voteBudget: 3,
      blindVoting: true,
      city: 'Rennes',
    });
  });

  it.each([
    [{ title: 'ab' }, 'title'],
    [{ title: 'x'.repeat(141) }, 'title'],
    [{ description: '' }, 'description'],
    [{ description: 'x'.repeat(20_001) }, 'description'],
    [{ voteBudget: 0 }, 'voteBudget'],
    [{ voteBudget: 101 }, 'voteBudget'],
    [{ themes: ['governance', 'astrologie'] }, 'themes'],
    [{ closesAt: '2020-01-01T00:00:00.000Z' }, 'closesAt'],
  ])('refuse %p with BAD_USER_INPUT on %s, creating nothing', async (override, field) => {
    const { holder, projectId } = await holderWithProject();
    const res = await t.gql(
      CREATE_CHALLENGE,
      { i: { projectId, title: 'Valide', description: 'Valide', ...override } },
      holder.headers,
    );
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    const list = await t.gql(
      `query($p: ID) { project(id: $p) { challenges { totalCount } } }`,
      { p: projectId },
      holder.headers,
    );
    expect(list.data!.project.challenges.totalCount).toBe(0);
  });

  it('as drafts are seen by their project’s holders only, everywhere', async () => {
    const { holder, projectId } = await holderWithProject();
    const draft = (
      await t.gql(
        CREATE_CHALLENGE,
        { i: { projectId, title: `Brouillon ${uniq()}`, description: 'secret' } },
        holder.headers,
      )
    ).data!.createChallenge;
    const others: [string, Record<string, string>][] = [
      ['anonymous', {}],
      ['member', (await signUp(t)).headers],
      ['facilitator', (await signUp(t, { role: Role.FACILITATOR })).headers],
      ['admin', (await signUp(t, { role: Role.ADMIN })).headers],
    ];
    const LIST = `query($p: ID!) { challenges(first: 50, filter: { projectId: $p }) { totalCount edges { node { id } } } }`;
    expect((await t.gql(LIST, { p: projectId }, holder.headers)).data!.challenges.totalCount).toBe(1);
    expect((await t.gql(CHALLENGE, { id: draft.id }, holder.headers)).data!.challenge.id).toBe(draft.id);
    for (const [who, headers] of others) {
      const list = await t.gql(LIST, { p: projectId }, headers);
      const one = await t.gql(CHALLENGE, { id: draft.id }, headers);
      expect({ who, total: list.data!.challenges.totalCount, one: one.data!.challenge }).toEqual({
        who,
        total: 0,
        one: null,
      });
    }
  });

  it('go DRAFT → OPEN → CLOSED with an outcome → OPEN again; closed ones are read-only', async () => {
    const { holder, projectId } = await holderWithProject();
    const facilitator = await signUp(t, { role: Role.FACILITATOR });
    const id = (
      await t.gql(CREATE_CHALLENGE, { i: { projectId, title: 'Cycle', description: 'x' } }, holder.headers)
    ).data!.createChallenge.id;
    expect(
      (await t.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id } }`, { id }, holder.headers))
        .errors?.[0].extensions.code,
    ).toBe('CONFLICT');
    const opened = await t.gql(
      `mutation($id: ID!) { publishChallenge(id: $id) { status } }`,
      { id },
      holder.headers,
    );
    expect(opened.data!.publishChallenge.status).toBe('OPEN');
    expect(
      (await t.gql(`mutation($id: ID!) { publishChallenge(id: $id) { status } }`, { id }, holder.headers))
        .data!.publishChallenge.status,
    ).toBe('OPEN');

    const closed = await t.gql(
      `mutation($id: ID!) { closeChallenge(id: $id, outcome: "  On essaie la sociocratie.  ") { status outcome } }`,
      { id },
      facilitator.headers,
    );
    expect(closed.data!.closeChallenge).toEqual({ status: 'CLOSED', outcome: 'On essaie la sociocratie.' });
    const edit = await t.gql(
      `mutation($id: ID!) { updateChallenge(id: $id, input: { title: "Trop tard" }) { id } }`,
      { id },
      holder.headers,
    );
    expect(edit.errors?.[0].extensions.code).toBe('CHALLENGE_NOT_OPEN');

    const reopened = await t.gql(
      `mutation($id: ID!) { reopenChallenge(id: $id) { status outcome } }`,
      { id },
      facilitator.headers,
    );
    expect(reopened.data!.reopenChallenge).toEqual({ status: 'OPEN', outcome: 'On essaie la sociocratie.' });
  });

  it('are edited field by field by holders, themes replaced as a whole', async () => {
    const { holder, projectId } = await holderWithProject();
    const id = (
      await t.gql(
        CREATE_CHALLENGE,
        { i: { projectId, title: 'Avant', description: 'Garde-moi', themes: ['funding'], voteBudget: 5 } },
        holder.headers,
      )
    ).data!.createChallenge.id;
    const UPDATE = `mutation($id: ID!, $i: UpdateChallengeInput!) { updateChallenge(id: $id, input: $i) { title description voteBudget themes { slug } } }`;
    const res = await t.gql(
      UPDATE,
      { id, i: { title: 'Après', themes: ['volunteering', 'digital'], voteBudget: null } },
      holder.headers,
    );
    expect(res.data!.updateChallenge).toEqual({
      title: 'Après',
      description: 'Garde-moi',
      voteBudget: null,
      themes: [{ slug: 'volunteering' }, { slug: 'digital' }],
    });
  });

  it('are followed and unfollowed idempotently', async () => {
    const { holder, projectId } = await holderWithProject();
    const id = (
      await t.gql(
        CREATE_CHALLENGE,
        { i: { projectId, title: 'Suivi', description: 'x', publish: true } },
        holder.headers,
      )
    ).data!.createChallenge.id;
    const p = await signUp(t);
    for (const [mutation, expected] of [
      ['followChallenge', true],
      ['followChallenge', true],
      ['unfollowChallenge', false],
      ['unfollowChallenge', false],
    ] as const) {
      const res = await t.gql(
        `mutation($id: ID!) { ${mutation}(id: $id) { viewerIsFollowing } }`,
        { id },
        p.headers,
      );
      expect(res.data![mutation].viewerIsFollowing).toBe(expected);
    }
  });

  it('tell each viewer whether they may curate', async () => {
    const { holder, projectId } = await holderWithProject();
    const id = (
      await t.gql(
        CREATE_CHALLENGE,
        { i: { projectId, title: 'Qui cure ?', description: 'x', publish: true } },
        holder.headers,
      )
    ).data!.createChallenge.id;
    const cases: [Record<string, string>, boolean][] = [
      [{}, false],
      [(await signUp(t)).headers, false],
      [holder.headers, true],
      [(await signUp(t, { role: Role.FACILITATOR })).headers, true],
      [(await signUp(t, { role: Role.ADMIN })).headers, true],
    ];
    for (const [headers, expected] of cases) {
      expect((await t.gql(CHALLENGE, { id }, headers)).data!.challenge.viewerCanCurate).toBe(expected);
    }
  });
});

describe('search', () => {
  it('ranks title matches above description matches, and ties a cursor to its search', async () => {
    const holder = await t.dataSource
      .getRepository(UserEntity)
      .save({ email: `${uniq()}@test.example`, displayName: 'Chercheuse' });
    const project = await createProject(t.dataSource, {}, [holder]);
    const word = uniq('potager');
    const inDescription = await createChallenge(t.dataSource, project, holder, {
      title: 'Un jardin',
      description: `Parlons du ${word} partagé.`,
    });
    const inTitle = await createChallenge(t.dataSource, project, holder, {
      title: `Le ${word} partagé`,
      description: 'Un jardin.',
    });
    const Q = `query($q: String!, $after: String) { challenges(first: 1, after: $after, filter: { query: $q }) { edges { node { id } } pageInfo { endCursor } } }`;
    const first = await t.gql(Q, { q: word });
    expect(first.data!.challenges.edges[0].node.id).toBe(inTitle.id);
    const second = await t.gql(Q, { q: word, after: first.data!.challenges.pageInfo.endCursor });
    expect(second.data!.challenges.edges[0].node.id).toBe(inDescription.id);
    const otherSearch = await t.gql(Q, {
      q: `${word} jardin`,
      after: first.data!.challenges.pageInfo.endCursor,
    });
    expect(otherSearch.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(ChallengeStatus.OPEN).toBe(inTitle.status);
  });

  it('uses the GIN index', async () => {
    // One connection for the session setting and the plan; tiny tables would otherwise be scanned.
    const runner = t.dataSource.createQueryRunner();
    await runner.query('SET enable_seqscan = off');
    try {
      const plan: { 'QUERY PLAN': string }[] = await runner.query(
        `EXPLAIN SELECT id FROM challenges c WHERE (
        setweight(to_tsvector('french'::regconfig, ouimake_unaccent(c.title)), 'A') ||
        setweight(to_tsvector('french'::regconfig, ouimake_unaccent(c.description)), 'B') ||
        setweight(to_tsvector('english'::regconfig, ouimake_unaccent(c.title)), 'A') ||
        setweight(to_tsvector('english'::regconfig, ouimake_unaccent(c.description)), 'B')
      ) @@ websearch_to_tsquery('french', 'benevole')`,
      );
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('idx_challenges_search');
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});

describe('the cost of a board page', () => {
  it('is a constant number of SQL queries, whatever the page size', async () => {
    const viewer = await signUp(t);
    const holder = await t.dataSource
      .getRepository(UserEntity)
      .save({ email: `${uniq()}@test.example`, displayName: 'Porteuse' });
    const project = await createProject(t.dataSource, { city: uniq('Ville') }, [holder]);
    for (let i = 0; i < 20; i++) {
      const other = i % 2 ? project : await createProject(t.dataSource, { city: project.city }, [holder]);
      await createChallenge(t.dataSource, other, holder, { themes: ['governance', 'funding'] });
    }
    const PAGE = `query($first: Int!, $city: String!) { challenges(first: $first, filter: { city: $city }) {
      totalCount edges { node { id title ideaCount participantCount viewerIsFollowing viewerCanCurate
        project { name viewerIsHolder holders { displayName } } author { displayName } themes { slug label challengeCount } } } } }`;
    const count = async (first: number) => {
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
        const res = await t.gql(PAGE, { first, city: project.city }, viewer.headers);
        expect(res.data!.challenges.edges).toHaveLength(first);
      } finally {
        PostgresQueryRunner.prototype.query = original;
      }
      return queries;
    };
    const five = await count(5);
    const twenty = await count(20);
    process.stdout.write(`SQL queries for a board page: 5 challenges ${five}, 20 challenges ${twenty}\n`);
    expect(twenty).toBe(five);
    expect(twenty).toBeLessThanOrEqual(12);
  });
});
