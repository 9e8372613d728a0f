import { ChallengeStatus } from '@ouimake/domain';
import { DEMO_PROJECTS } from '../../apps/api/src/modules/demo/demo-data';
import { createChallenge, createProject, createUser, uniq } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const BOARD = /* GraphQL */ `
  query Board($first: Int, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          city
          ideaCount
          closesAt
          project {
            id
            name
            slug
          }
          author {
            displayName
            email
          }
          themes {
            slug
            label
          }
        }
      }
    }
  }
`;

interface BoardNode {
  id: string;
  title: string;
  status: ChallengeStatus;
  city: string | null;
  ideaCount: number;
  closesAt: string | null;
  project: { id: string; name: string; slug: string };
  author: { displayName: string; email: string | null };
  themes: { slug: string; label: string }[];
}
interface BoardData {
  challenges: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: BoardNode }[];
  };
}

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function board(variables: Record<string, unknown> = {}, headers?: Record<string, string>) {
  const res = await t.gql<BoardData>(BOARD, variables, headers);
  expect(res.errors).toBeUndefined();
  return res.data!.challenges;
}

/** Walks every page of a board query and returns the ids in order. */
async function allIds(variables: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await board({ ...variables, after });
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('the demo board', () => {
  it('holds the Brest evening: open French challenges across themes, projects and the three cities', async () => {
    const demo: BoardNode[] = [];
    for (const { slug } of DEMO_PROJECTS) {
      const res = await t.gql<{ project: { challenges: BoardData['challenges'] } }>(
        `query($slug: String) { project(slug: $slug) { challenges(first: 50) { edges { node {
          id title status city ideaCount closesAt project { id name slug } author { displayName email } themes { slug label }
        } } } } }`,
        { slug },
      );
      demo.push(...res.data!.project.challenges.edges.map((e) => e.node).filter((n) => n.status === 'OPEN'));
    }
    expect(demo.length).toBeGreaterThanOrEqual(8);
    expect(demo.map((n) => n.title)).toEqual(
      expect.arrayContaining([
        'Comment concilier activité rémunérée et engagement bénévole ?',
        'Comment impliquer des bénévoles sans qu’ils s’épuisent ?',
        'Comment associer les collectivités sans qu’elles prennent la main sur le projet ?',
      ]),
    );
    expect(new Set(demo.map((n) => n.city))).toEqual(new Set(['Brest', 'Nantes', 'Rennes']));
    expect(new Set(demo.flatMap((n) => n.themes.map((th) => th.slug))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(demo.map((n) => n.project.slug)).size).toBeGreaterThanOrEqual(7);
  });

  it('labels themes in French by default and in English when the browser asks for it', async () => {
    const query = '{ themes { slug label challengeCount } }';
    const fr = await t.gql<{ themes: { slug: string; label: string; challengeCount: number }[] }>(query);
    const en = await t.gql<{ themes: { slug: string; label: string }[] }>(
      query,
      {},
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(fr.data!.themes.find((th) => th.slug === 'volunteering')?.label).toBe('Bénévolat');
    expect(en.data!.themes.find((th) => th.slug === 'volunteering')?.label).toBe('Volunteering');
    expect(fr.data!.themes.find((th) => th.slug === 'volunteering')!.challengeCount).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('never shows an email to an anonymous visitor', async () => {
    const page = await board({ first: 50 });
    expect(page.edges.every((e) => e.node.author.email === null)).toBe(true);
  });
});

describe('drafts', () => {
  it('stay out of the board, the facets and direct reads for anonymous visitors', async () => {
    const holder = await createUser(t.dataSource);
    const city = uniq('Ville');
    const project = await createProject(t.dataSource, { city }, [holder]);
    const draft = await createChallenge(t.dataSource, project, holder, {
      status: ChallengeStatus.DRAFT,
      themes: ['digital'],
    });
    const open = await createChallenge(t.dataSource, project, holder, { status: ChallengeStatus.OPEN });

    const page = await board({ first: 100, filter: { projectId: project.id } });
    expect(page.edges.map((e) => e.node.id)).toEqual([open.id]);
    expect(page.totalCount).toBe(1);

    const direct = await t.gql(`query($id: ID!) { challenge(id: $id) { id } }`, { id: draft.id });
    expect(direct.data).toEqual({ challenge: null });

    const cities = await t.gql<{ cities: { city: string; challengeCount: number }[] }>(
      '{ cities { city challengeCount } }',
    );
    expect(cities.data!.cities.find((c) => c.city === city)?.challengeCount).toBe(1);

    const projectChallenges = await t.gql(
      `query($id: ID!) { project(id: $id) { challenges { totalCount edges { node { id } } } } }`,
      { id: project.id },
    );
    expect(projectChallenges.data!.project.challenges.totalCount).toBe(1);
  });
});

describe('filters', () => {
  it('combine themes (any of), city, status and project', async () => {
    const holder = await createUser(t.dataSource);
    const city = uniq('Ville');
    const project = await createProject(t.dataSource, { city }, [holder]);
    const gov = await createChallenge(t.dataSource, project, holder, { themes: ['governance'] });
    const fund = await createChallenge(t.dataSource, project, holder, { themes: ['funding', 'digital'] });
    const closed = await createChallenge(t.dataSource, project, holder, {
      status: ChallengeStatus.CLOSED,
      themes: ['funding'],
      outcome: 'Fait.',
    });

    const ids = async (filter: Record<string, unknown>) =>
      (await board({ first: 100, filter: { projectId: project.id, ...filter } })).edges
        .map((e) => e.node.id)
        .sort();

    expect(await ids({ themes: ['governance', 'digital'] })).toEqual([gov.id, fund.id].sort());
    expect(await ids({ themes: ['funding'], status: ['OPEN'] })).toEqual([fund.id]);
    expect(await ids({ status: ['CLOSED'] })).toEqual([closed.id]);
    expect(await ids({ city: city.toUpperCase() })).toHaveLength(3);
    expect(await ids({ city: 'Quimper' })).toEqual([]);
    expect(await ids({ projectId: 'not-an-id' })).toEqual([]);
  });

  it('search finds French words with or without accents, and English stems', async () => {
    const holder = await createUser(t.dataSource);
    const project = await createProject(t.dataSource, {}, [holder]);
    const word = uniq('mot');
    const c = await createChallenge(t.dataSource, project, holder, {
      title: `Accueillir les bénévoles ${word}`,
      description: 'Volunteers are running workshops.',
    });
    for (const query of [`benevoles ${word}`, `bénévole ${word}`, `${word} workshop`, `${word} BÉNÉVOLES`]) {
      const page = await board({ filter: { query } });
      expect({ query, ids: page.edges.map((e) => e.node.id) }).toEqual({ query, ids: [c.id] });
    }
    expect((await board({ filter: { query: `${word} potager` } })).totalCount).toBe(0);
  });
});

describe('pagination', () => {
  it.each([0, -1, 101])('refuses first: %p with BAD_USER_INPUT on first', async (first) => {
    const res = await t.gql(BOARD, { first });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.data).toBeNull();
  });

  it('refuses a tampered cursor and a cursor of another ordering', async () => {
    const page = await board({ first: 2 });
    const cursor = page.pageInfo.endCursor!;
    const tampered = (cursor[0] === 'A' ? 'B' : 'A') + cursor.slice(1);
    for (const [after, orderBy] of [
      [tampered, 'NEWEST'],
      [cursor, 'MOST_IDEAS'],
      ['{}', 'NEWEST'],
    ]) {
      const res = await t.gql(BOARD, { first: 2, after, orderBy });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it.each(['NEWEST', 'MOST_IDEAS', 'CLOSING_SOON', 'TRENDING'])(
    'walks every challenge once in %s order while new ones are published',
    async (orderBy) => {
      const holder = await createUser(t.dataSource);
      const project = await createProject(t.dataSource, {}, [holder]);
      const before: string[] = [];
      for (let i = 0; i < 7; i++) {
        const c = await createChallenge(t.dataSource, project, holder, {
          ideaCount: i % 3,
          closesAt: i % 2 ? new Date(Date.now() + (i + 1) * 86_400_000) : null,
          publishedAt: new Date(Date.now() - i * 60_000),
        });
        before.push(c.id);
      }
      const filter = { projectId: project.id };
      const seen: string[] = [];
      let after: string | null = null;
      let inserted = 0;
      for (;;) {
        const page = await board({ first: 2, after, filter, orderBy });
        seen.push(...page.edges.map((e) => e.node.id));
        // Rows published while someone pages through: they may appear or not, but nothing else moves.
        await createChallenge(t.dataSource, project, holder, {
          publishedAt: new Date(Date.now() + 3_600_000),
        });
        inserted++;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => before.includes(id)).sort()).toEqual([...before].sort());
      expect(inserted).toBeGreaterThan(3);
    },
  );

  it('orders MOST_IDEAS by idea count and CLOSING_SOON by the nearest closing date', async () => {
    const holder = await createUser(t.dataSource);
    const project = await createProject(t.dataSource, {}, [holder]);
    const day = 86_400_000;
    const a = await createChallenge(t.dataSource, project, holder, {
      ideaCount: 5,
      closesAt: new Date(Date.now() + 9 * day),
    });
    const b = await createChallenge(t.dataSource, project, holder, { ideaCount: 9, closesAt: null });
    const c = await createChallenge(t.dataSource, project, holder, {
      ideaCount: 1,
      closesAt: new Date(Date.now() + 2 * day),
    });
    const ids = async (orderBy: string) =>
      (await board({ filter: { projectId: project.id }, orderBy })).edges.map((e) => e.node.id);
    expect(await ids('MOST_IDEAS')).toEqual([b.id, a.id, c.id]);
    expect(await ids('CLOSING_SOON')).toEqual([c.id, a.id, b.id]);
  });

  it('orders TRENDING by a score kept with the counts and the last activity, read through its index', async () => {
    const holder = await createUser(t.dataSource);
    const project = await createProject(t.dataSource, {}, [holder]);
    const hour = 3_600_000;
    // Busy but quiet for two days; small but active an hour ago; small and quiet for a week.
    const busy = await createChallenge(t.dataSource, project, holder, {
      ideaCount: 40,
      participantCount: 30,
      lastActivityAt: new Date(Date.now() - 48 * hour),
    });
    const lively = await createChallenge(t.dataSource, project, holder, {
      ideaCount: 2,
      participantCount: 3,
      lastActivityAt: new Date(Date.now() - hour),
    });
    const quiet = await createChallenge(t.dataSource, project, holder, {
      ideaCount: 2,
      participantCount: 2,
      lastActivityAt: new Date(Date.now() - 7 * 24 * hour),
    });
    const ids = async () =>
      (await board({ filter: { projectId: project.id }, orderBy: 'TRENDING' })).edges.map((e) => e.node.id);
    // log(1 + 3 ideas + participants) + epoch / 45000: 12.5 hours of recency weigh one factor of e.
    expect(await ids()).toEqual([lively.id, busy.id, quiet.id]);

    // The score follows the row as the application changes it, whatever the statement.
    await t.dataSource.query(
      `UPDATE challenges SET idea_count = 400, participant_count = 300, last_activity_at = now() WHERE id = $1`,
      [quiet.id],
    );
    expect(await ids()).toEqual([quiet.id, lively.id, busy.id]);
    const [row] = await t.dataSource.query(
      `SELECT trend_score = log((1 + 3 * idea_count + participant_count)::numeric)::float8
                + extract(epoch from last_activity_at)::float8 / 45000 AS kept FROM challenges WHERE id = $1`,
      [quiet.id],
    );
    expect(row.kept).toBe(true);

    // A page is read in order from the index, not scored and sorted over every challenge.
    const runner = t.dataSource.createQueryRunner();
    await runner.query('SET enable_seqscan = off');
    try {
      const plan: { 'QUERY PLAN': string }[] = await runner.query(
        `EXPLAIN SELECT id FROM challenges c WHERE c.status <> 'DRAFT' ORDER BY c.trend_score DESC, c.id DESC LIMIT 21`,
      );
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toContain('idx_challenges_trending');
      expect(text).not.toMatch(/\bSort\b/);
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });

  it('counts totalCount over all pages and defaults to 20 per page', async () => {
    const holder = await createUser(t.dataSource);
    const project = await createProject(t.dataSource, {}, [holder]);
    for (let i = 0; i < 23; i++) await createChallenge(t.dataSource, project, holder);
    const filter = { projectId: project.id };
    const page = await board({ filter });
    expect(page.totalCount).toBe(23);
    expect(page.edges.length).toBe(20);
    expect((await allIds({ first: 7, filter })).length).toBe(23);
  });
});

describe('projects', () => {
  it('are found by slug or id, with their holders; asking for neither is BAD_USER_INPUT', async () => {
    const holder = await createUser(t.dataSource, { displayName: 'Lénaïg Test' });
    const project = await createProject(t.dataSource, { name: `Épicerie ${uniq()}` }, [holder]);
    const q = `query($id: ID, $slug: String) { project(id: $id, slug: $slug) { id slug name holders { displayName } } }`;
    const bySlug = await t.gql(q, { slug: project.slug });
    expect(bySlug.data!.project).toEqual({
      id: project.id,
      slug: project.slug,
      name: project.name,
      holders: [{ displayName: 'Lénaïg Test' }],
    });
    expect((await t.gql(q, { id: project.id })).data!.project.slug).toBe(project.slug);
    expect((await t.gql(q, { slug: 'nope-' + uniq() })).data!.project).toBeNull();
    expect((await t.gql(q, { id: 'garbage' })).data!.project).toBeNull();
    expect((await t.gql(q, {})).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('are listed by name and filtered by city', async () => {
    const city = uniq('Ville');
    const b = await createProject(t.dataSource, { name: `b ${uniq()}`, city });
    const a = await createProject(t.dataSource, { name: `A ${uniq()}`, city });
    const res = await t.gql(
      `query($city: String) { projects(city: $city, first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`,
      { city },
    );
    expect(res.data!.projects.totalCount).toBe(2);
    expect(res.data!.projects.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
    expect(res.data!.projects.pageInfo.hasNextPage).toBe(true);
    expect(b.id).toBeTruthy();
  });
});

describe('errors', () => {
  it('say BAD_USER_INPUT for a malformed document or an unknown field, without leaking internals', async () => {
    for (const query of ['{ challenges { nope } }', '{ challenges(', 'query { challenge { id } }']) {
      const res = await t.gql(query);
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules|at \w+ \(/);
    }
  });

  it('say QUERY_TOO_COMPLEX for documents nested too deeply, too costly or with too many aliases', async () => {
    const deep = `{ challenges { edges { node { project { challenges { edges { node { project { challenges { edges { node { id } } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: themes { slug }`).join(' ')} }`;
    const costly = `{ ${Array.from({ length: 12 }, (_, i) => `c${i}: challenges(first: 100) { edges { node { project { holders { id displayName bio city } challenges(first: 100) { edges { node { id title description } } } } } } }`).join(' ')} }`;
    for (const query of [deep, aliases, costly]) {
      const res = await t.gql(query);
      expect(res.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
      expect(res.data ?? null).toBeNull();
    }
  });

  it('say BAD_USER_INPUT naming the variable when a variable has the wrong type', async () => {
    const res = await t.gql(BOARD, { first: 'ten' });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
