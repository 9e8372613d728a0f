import { ChallengeStatus, Role } from '@ouimake/domain';
import WebSocket from 'ws';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { CommentEntity } from '../../apps/api/src/modules/comments/comment.entity';
import { IdeaEntity } from '../../apps/api/src/modules/ideas/idea.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { bearer, signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { ACTIVITY, subscribe, until, type Activity, type Feed } from './support/live';
import { startTestApp, type TestApp } from './support/test-app';

// Live access is decided for every delivery, through the same visibility rules as HTTP.

let t: TestApp;
const feeds: Feed<Activity>[] = [];
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await Promise.all(feeds.map((f) => f.close().catch(() => undefined)));
  await t.close();
});

const wsUrl = (app: TestApp) => app.url.replace('http', 'ws') + '/graphql';

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

async function board(options: Partial<ChallengeEntity> = {}) {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    ...options,
  });
  return { holder, challengeId: challenge.id, projectId: project.id };
}

const propose = async (who: Account, c: string, title = 'Une idée') =>
  (
    await t.gql(
      `mutation($c: ID!, $title: String!) { proposeIdea(input: { challengeId: $c, title: $title, body: "" }) { id } }`,
      { c, title },
      who.headers,
    )
  ).data!.proposeIdea.id as string;

const vote = (who: Account, id: string, app: TestApp = t) =>
  app.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id }, who.headers);

/** A raw graphql-transport-ws socket: resolves with its close code. */
function socketClosed(
  app: TestApp,
  authorization?: string,
): { acked: Promise<void>; closed: Promise<number> } {
  const ws = new WebSocket(wsUrl(app), 'graphql-transport-ws');
  let ack: () => void = () => undefined;
  const acked = new Promise<void>((res) => (ack = res));
  const closed = new Promise<number>((res) => ws.on('close', (code) => res(code)));
  ws.on('open', () =>
    ws.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} })),
  );
  ws.on('message', (d) => JSON.parse(d.toString()).type === 'connection_ack' && ack());
  return { acked, closed };
}

const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('sessions ending close live sockets', () => {
  it('closes a socket with 4403 within a second of signing out, with no event needed', async () => {
    const p = await signUp(t);
    const { acked, closed } = socketClosed(t, `Bearer ${p.token}`);
    await acked;
    const started = Date.now();
    await t.gql('mutation { signOut }', {}, p.headers);
    expect(await closed).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('closes the sockets of a person whose role an admin changed', async () => {
    const admin = await signUp(t, { role: Role.ADMIN });
    const facilitator = await signUp(t, { role: Role.FACILITATOR });
    const { challengeId } = await board({ blindVoting: true });
    const feed = await watch(t, challengeId, facilitator);
    const { closed } = socketClosed(t, `Bearer ${facilitator.token}`);
    await t.gql(
      `mutation($u: ID!) { setUserRole(userId: $u, role: MEMBER) { id } }`,
      { u: facilitator.id },
      admin.headers,
    );
    expect(await closed).toBe(4403);
    // The feed's socket was closed too: it receives nothing more.
    const before = feed.events.length;
    await vote(await signUp(t), await propose(await signUp(t), challengeId));
    await quiet(400);
    expect(feed.events.length).toBe(before);
  });

  it('stops curator-only content at the next event once a curator loses the right', async () => {
    const { holder, challengeId, projectId } = await board({ blindVoting: true, voteBudget: null });
    const ideaId = await propose(holder, challengeId);
    const feed = await watch(t, challengeId, holder);
    const voter = await signUp(t);
    await vote(voter, ideaId);
    expect((await feed.next((e) => e.kind === 'VOTES_CHANGED')).idea?.voteCount).toBe(1);

    // No longer a holder (nor facilitator, nor admin): blind counts and others' votes stop.
    await t.dataSource.query(`DELETE FROM project_holders WHERE project_id = $1 AND user_id = $2`, [
      projectId,
      holder.id,
    ]);
    await t.dataSource.query(`UPDATE ideas SET title = 'Renommée' WHERE id = $1`, [ideaId]);
    await t.gql(
      `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Et maintenant ?" }) { id } }`,
      { id: ideaId },
      voter.headers,
    );
    const after = await feed.next((e) => e.kind === 'COMMENT_ADDED');
    expect(after.idea?.voteCount).toBeNull();
    const votesBefore = feed.events.filter((e) => e.kind === 'VOTES_CHANGED').length;
    await vote(await signUp(t), ideaId);
    await quiet(400);
    expect(feed.events.filter((e) => e.kind === 'VOTES_CHANGED').length).toBe(votesBefore);
  });
});

describe('blind voting on the live stream', () => {
  it('tells participants and visitors nothing of others’ votes, the voter their own, curators all', async () => {
    const { holder, challengeId } = await board({ blindVoting: true, voteBudget: null });
    const ideaId = await propose(holder, challengeId);
    const visitor = await watch(t, challengeId);
    const participant = await signUp(t);
    const onParticipant = await watch(t, challengeId, participant);
    const voter = await signUp(t);
    const onVoter = await watch(t, challengeId, voter);
    const onCurator = await watch(t, challengeId, holder);

    await vote(voter, ideaId);
    expect((await onCurator.next((e) => e.kind === 'VOTES_CHANGED')).idea?.voteCount).toBe(1);
    const own = await onVoter.next((e) => e.kind === 'VOTES_CHANGED');
    expect(own.idea?.voteCount).toBeNull();
    await quiet(300);
    expect(visitor.events.filter((e) => e.kind === 'VOTES_CHANGED')).toEqual([]);
    expect(onParticipant.events.filter((e) => e.kind === 'VOTES_CHANGED')).toEqual([]);

    // Once closed, counts are public and so are vote changes... there are none on a closed challenge,
    // but the closing itself reaches everyone.
    await t.gql(
      `mutation($c: ID!) { closeChallenge(id: $c, outcome: "Merci") { id } }`,
      { c: challengeId },
      holder.headers,
    );
    expect((await visitor.next((e) => e.kind === 'CHALLENGE_UPDATED')).challenge?.status).toBe('CLOSED');
  });
});

describe('presence', () => {
  it('counts a signed-out socket once however many subscriptions it runs, and a person once', async () => {
    const { challengeId } = await board();
    const { createClient } = await import('graphql-ws');
    const client = createClient({ url: wsUrl(t), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const stops = Array.from({ length: 5 }, () =>
      client.subscribe(
        { query: ACTIVITY, variables: { c: challengeId } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      ),
    );
    const person = await signUp(t);
    await watch(t, challengeId, person);
    await watch(t, challengeId, person);
    await quiet(500);
    const count = async () =>
      (await t.gql(`query($c: ID!) { challenge(id: $c) { presentCount } }`, { c: challengeId })).data!
        .challenge.presentCount;
    expect(await count()).toBe(2);
    stops.forEach((stop) => stop());
    await client.dispose();
    await quiet(300);
    expect(await count()).toBe(1);
  });
});

describe('WebSocket limits', () => {
  it('answers an upgrade on another path with 404 at once', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(t.url.replace('http', 'ws') + '/elsewhere', 'graphql-transport-ws');
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(-1));
    });
    expect(status).toBe(404);
  });

  it('refuses an Origin that names no site (null) with 4403', async () => {
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(wsUrl(t), 'graphql-transport-ws', { headers: { origin: 'null' } });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4403);
  });

  it('frees the place of a refused document: 30 invalid subscribes, then a valid one runs', async () => {
    const { challengeId } = await board();
    const ws = new WebSocket(wsUrl(t), 'graphql-transport-ws');
    const messages: { id?: string; type: string; payload?: unknown }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
    await new Promise((r) => ws.on('open', r));
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await quiet(100);
    for (let i = 0; i < 30; i++)
      ws.send(
        JSON.stringify({ id: `bad${i}`, type: 'subscribe', payload: { query: 'subscription { nope }' } }),
      );
    ws.send(
      JSON.stringify({
        id: 'good',
        type: 'subscribe',
        payload: { query: ACTIVITY, variables: { c: challengeId } },
      }),
    );
    // The valid subscription's first event (its catch-up), however busy the machine.
    for (let waited = 0; waited < 15_000; waited += 100) {
      if (messages.some((m) => m.id === 'good' && m.type === 'next')) break;
      await quiet(100);
    }
    ws.close();
    const errors = messages.filter((m) => m.type === 'error');
    // Each refused document once, by its id (a failure shows which extra one came and why).
    expect(errors.map((m) => (m.id?.startsWith('bad') ? m.id : m))).toEqual(
      Array.from({ length: 30 }, (_, i) => `bad${i}`),
    );
    expect(JSON.stringify(errors)).not.toContain('RATE_LIMITED');
    expect(messages.some((m) => m.id === 'good' && m.type === 'next')).toBe(true);
  });

  it('counts signed-out sockets per client address behind a trusted proxy', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: '1', WS_CONNECTIONS_PER_ADDRESS: '1' });
    try {
      const open = (address: string) =>
        new Promise<number>((resolve) => {
          const ws = new WebSocket(wsUrl(proxied), 'graphql-transport-ws', {
            headers: { 'x-forwarded-for': address },
          });
          ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
          ws.on('message', () => resolve(0));
          ws.on('close', (c) => resolve(c));
          setTimeout(() => ws.close(1000), 1500);
        });
      const [first, second, other] = await Promise.all([
        open('203.0.113.1'),
        open('203.0.113.1'),
        open('203.0.113.2'),
      ]);
      expect([first, second].sort()).toEqual([0, 4403]);
      expect(other).toBe(0);
    } finally {
      await proxied.close();
    }
  });
});

/**
 * Every visibility case, over HTTP and over the socket: what each kind of person gets of a hidden
 * idea, a hidden comment, a draft challenge and blind counts.
 */
describe('visibility, the same over HTTP and the socket', () => {
  type Who = 'visitor' | 'participant' | 'author' | 'curator';
  const people = async (holder: Account) => ({
    visitor: undefined,
    participant: await signUp(t),
    author: await signUp(t),
    curator: holder,
  });

  const cases: { name: string; sees: Record<Who, boolean> }[] = [
    { name: 'a hidden idea', sees: { visitor: false, participant: false, author: true, curator: true } },
    { name: 'a hidden comment', sees: { visitor: false, participant: false, author: true, curator: true } },
    { name: 'blind vote counts', sees: { visitor: false, participant: false, author: false, curator: true } },
  ];

  it.each(cases)('$name', async ({ name, sees }) => {
    const { holder, challengeId } = await board({
      blindVoting: name === 'blind vote counts',
      voteBudget: null,
    });
    const who = await people(holder);
    const ideaId = await propose(who.author, challengeId, 'Une idée à cacher');
    let commentId: string | null = null;
    const feeds = Object.fromEntries(
      await Promise.all(
        (Object.keys(who) as Who[]).map(async (k) => [k, await watch(t, challengeId, who[k])]),
      ),
    ) as Record<Who, Feed<Activity>>;

    if (name === 'a hidden idea')
      await t.dataSource.getRepository(IdeaEntity).update({ id: ideaId }, { hidden: true });
    if (name === 'a hidden comment') {
      commentId = (
        await t.gql(
          `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "À cacher" }) { id } }`,
          { id: ideaId },
          who.author.headers,
        )
      ).data!.addComment.id;
      await t.dataSource.getRepository(CommentEntity).update({ id: commentId! }, { hidden: true });
    }
    // Something happens on the idea: a vote, by its author while hidden (nobody else may reach it).
    const voted = await vote(name === 'blind vote counts' ? await signUp(t) : who.author, ideaId);
    expect(voted.errors).toBeUndefined();
    await quiet(500);

    for (const k of Object.keys(who) as Who[]) {
      const headers = who[k] ? bearer(who[k]!.token) : {};
      const http = await t.gql(
        `query($i: ID!, $c: ID!) { idea(id: $i) { id voteCount comments { edges { node { id } } } }
           challenge(id: $c) { ideas { edges { node { id } } } } }`,
        { i: ideaId, c: challengeId },
        headers,
      );
      expect(http.errors).toBeUndefined();
      const live = feeds[k].events.filter((e) => e.kind === 'VOTES_CHANGED');
      if (name === 'a hidden idea') {
        expect([k, http.data!.idea !== null]).toEqual([k, sees[k]]);
        expect([k, http.data!.challenge.ideas.edges.length]).toEqual([k, sees[k] ? 1 : 0]);
        expect([k, live.length > 0]).toEqual([k, sees[k]]);
      }
      if (name === 'a hidden comment') {
        const ids = http.data!.idea.comments.edges.map((e: { node: { id: string } }) => e.node.id);
        expect([k, ids.includes(commentId)]).toEqual([k, sees[k]]);
      }
      if (name === 'blind vote counts') {
        expect([k, http.data!.idea.voteCount]).toEqual([k, sees[k] ? 1 : null]);
        // The vote was someone else's: only who may see counts hears of it.
        expect([k, live.length > 0]).toEqual([k, sees[k]]);
      }
    }
  });

  it('a draft challenge: its holders only, over HTTP and the socket', async () => {
    const { holder, challengeId } = await board({ status: ChallengeStatus.DRAFT });
    const admin = await signUp(t, { role: Role.ADMIN });
    for (const [who, sees] of [
      [undefined, false],
      [await signUp(t), false],
      [admin, false],
      [holder, true],
    ] as const) {
      const http = await t.gql(
        `query($c: ID!) { challenge(id: $c) { id } }`,
        { c: challengeId },
        who ? who.headers : {},
      );
      expect(http.data!.challenge !== null).toBe(sees);
      const feed = await subscribe(t, ACTIVITY, { c: challengeId }, who ? `Bearer ${who.token}` : undefined);
      feeds.push(feed as Feed<Activity>);
      if (sees) expect(feed.errors).toEqual([]);
      else {
        await until(() => feed.errors.length > 0);
        expect(JSON.stringify(feed.errors)).toContain('NOT_FOUND');
      }
    }
  });
});

const withRedis = process.env['REDIS_URL'] ? describe : describe.skip;

withRedis('two instances', () => {
  it('signing out on one closes the session’s socket on the other within a second', async () => {
    const other = await startTestApp();
    try {
      const p = await signUp(t);
      const { acked, closed } = socketClosed(other, `Bearer ${p.token}`);
      await acked;
      const started = Date.now();
      await t.gql('mutation { signOut }', {}, p.headers);
      expect(await closed).toBe(4403);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await other.close();
    }
  });

  it('a role change on one stops blind counts on a socket of the other', async () => {
    const other = await startTestApp();
    try {
      const admin = await signUp(t, { role: Role.ADMIN });
      const facilitator = await signUp(t, { role: Role.FACILITATOR });
      const { holder, challengeId } = await board({ blindVoting: true, voteBudget: null });
      const ideaId = await propose(holder, challengeId);
      const feed = await subscribe<Activity>(
        other,
        ACTIVITY,
        { c: challengeId },
        `Bearer ${facilitator.token}`,
      );
      feeds.push(feed);
      await vote(await signUp(t), ideaId);
      expect((await feed.next((e) => e.kind === 'VOTES_CHANGED', 2000)).idea?.voteCount).toBe(1);
      await t.gql(
        `mutation($u: ID!) { setUserRole(userId: $u, role: MEMBER) { id } }`,
        { u: facilitator.id },
        admin.headers,
      );
      await quiet(500);
      const seen = feed.events.length;
      await vote(await signUp(t), ideaId);
      await quiet(500);
      expect(feed.events.slice(seen).filter((e) => e.kind === 'VOTES_CHANGED')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
