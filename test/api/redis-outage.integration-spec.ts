import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { ChallengeStatus } from '@ouimake/domain';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { ACTIVITY, subscribe, type Activity } from './support/live';
import { startTestApp, type TestApp } from './support/test-app';

// A Redis of its own that the test can stop; the shared one is never touched.
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
const withRedisServer = hasRedisServer ? describe : describe.skip;
if (!hasRedisServer) process.stdout.write('Redis outage test skipped: no redis-server on this machine.\n');

function freePort(): Promise<number> {
  return new Promise((res) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => res(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 50; i++) {
    if (
      spawnSync('redis-cli', ['-p', String(port), 'ping'])
        .stdout?.toString()
        .includes('PONG')
    )
      return redis;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not start');
}

withRedisServer('a Redis outage', () => {
  let redis: ChildProcess;
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  it('never fails or loses a mutation, and live updates resume when Redis returns', async () => {
    const holder = await signUp(t);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
    const project = await createProject(t.dataSource, {}, [user]);
    const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
    const feed = await subscribe<Activity>(t, ACTIVITY, { c: challenge.id });
    try {
      redis.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 300));

      const proposed = await t.gql(
        `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Pendant la panne", body: "" }) { id } }`,
        { c: challenge.id },
        holder.headers,
      );
      expect(proposed.errors).toBeUndefined();
      const ideaId = proposed.data!.proposeIdea.id;
      const voted = await t.gql(
        `mutation($id: ID!) { vote(ideaId: $id) { voteCount } }`,
        { id: ideaId },
        holder.headers,
      );
      expect(voted.data!.vote.voteCount).toBe(1);
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM votes WHERE idea_id = $1', [
        ideaId,
      ]);
      expect(n).toBe(1);
      expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);

      redis = await startRedis(port);
      // The subscriber reconnects and subscribes again by itself.
      let delivered = false;
      for (let i = 0; i < 40 && !delivered; i++) {
        await t.gql(
          `mutation($id: ID!) { updateIdea(id: $id, input: { body: "Après la panne ${i}" }) { id } }`,
          { id: ideaId },
          holder.headers,
        );
        delivered = await feed
          .next((e) => e.kind === 'IDEA_UPDATED', 250)
          .then(
            () => true,
            () => false,
          );
      }
      expect(delivered).toBe(true);
    } finally {
      await feed.close();
    }
  });

  it('writes every notification of an act done while Redis is down, and pushes it live to its person', async () => {
    const holder = await signUp(t);
    const follower = await signUp(t);
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
      `mutation($c: ID!) { followChallenge(id: $c) { id } }`,
      { c: challenge.id },
      follower.headers,
    );
    const feed = await subscribe<{ kind: string; idea: { title: string } | null }>(
      t,
      `subscription { notificationAdded { kind idea { title } } }`,
      {},
      `Bearer ${follower.token}`,
    );
    try {
      redis.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      const proposed = await t.gql(
        `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Dite pendant la panne", body: "" }) { id } }`,
        { c: challenge.id },
        holder.headers,
      );
      expect(proposed.errors).toBeUndefined();
      // The notification is a row of the act's own transaction, and reaches the socket from it.
      expect((await feed.next((n) => n.kind === 'IDEA_PROPOSED', 3000)).idea?.title).toBe(
        'Dite pendant la panne',
      );
      const list = await t.gql(`{ notifications { unreadCount } }`, {}, follower.headers);
      expect(list.data!.notifications.unreadCount).toBe(1);
    } finally {
      await feed.close();
      redis = await startRedis(port);
      // Let the server's Redis clients reconnect before it shuts down (a shutdown in the middle of
      // their reconnection keeps a timer alive).
      await new Promise((r) => setTimeout(r, 2500));
    }
  });
});
