import { ChallengeStatus } from '@ouimake/domain';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_MISSES_PER_ADDRESS,
} from '../../apps/api/src/modules/challenges/join-code';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id joinCode status } }`;
const BY_CODE = `query($code: String!) { challengeByJoinCode(code: $code) { id title joinCode } }`;
const BY_ID = `query($id: ID!) { challenge(id: $id) { id joinCode } }`;
const CODE_SHAPE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`);

async function holderWithProject(): Promise<{ holder: Account; user: UserEntity; projectId: string }> {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  return { holder, user, projectId: project.id };
}

describe('join codes', () => {
  it('are six characters without look-alikes, unique across many parallel creations', async () => {
    const { holder, projectId } = await holderWithProject();
    const created = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.gql(
          CREATE,
          { input: { projectId, title: `Défi en salle ${i}`, description: 'Une question.', publish: true } },
          holder.headers,
        ),
      ),
    );
    const codes = created.map((res) => {
      expect(res.errors).toBeUndefined();
      return res.data!.createChallenge.joinCode as string;
    });
    for (const code of codes) {
      expect(code).toMatch(CODE_SHAPE);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(new Set(codes).size).toBe(60);
    // Every challenge in the database has one, and no two share it (rows written by the migration's
    // backfill and by direct inserts included).
    const [{ total, distinct, malformed }] = await t.dataSource.query(
      `SELECT count(*)::int AS total, count(DISTINCT join_code)::int AS distinct,
              count(*) FILTER (WHERE join_code !~ '^[${JOIN_CODE_ALPHABET}]{6}$')::int AS malformed
       FROM challenges`,
    );
    expect(distinct).toBe(total);
    expect(malformed).toBe(0);
  });

  it('a challenge written without one gets a code from the database', async () => {
    const { user, projectId } = await holderWithProject();
    const project = { id: projectId, city: 'Brest' } as Parameters<typeof createChallenge>[1];
    const challenge = await createChallenge(t.dataSource, project, user);
    const row = await t.dataSource.getRepository(ChallengeEntity).findOneByOrFail({ id: challenge.id });
    expect(row.joinCode).toMatch(CODE_SHAPE);
    expect((await t.gql(BY_ID, { id: challenge.id })).data!.challenge.joinCode).toBe(row.joinCode);
  });

  it('open the challenge whatever the case, spaces and dashes', async () => {
    const { user, projectId } = await holderWithProject();
    const project = { id: projectId, city: 'Brest' } as Parameters<typeof createChallenge>[1];
    const challenge = await createChallenge(t.dataSource, project, user, { title: 'Le défi de la salle' });
    const code = challenge.joinCode;
    const typed = [
      code,
      code.toLowerCase(),
      ` ${code.slice(0, 3)} ${code.slice(3)} `,
      `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`,
    ];
    for (const variant of typed) {
      const res = await t.gql(BY_CODE, { code: variant });
      expect(res.errors).toBeUndefined();
      expect(res.data!.challengeByJoinCode).toEqual({
        id: challenge.id,
        title: 'Le défi de la salle',
        joinCode: code,
      });
    }
  });

  it('answer null for unknown or malformed codes', async () => {
    for (const code of ['', 'ABC', '0OIL1U', 'ZZZZZZZZ', '%%%%%%']) {
      const res = await t.gql(BY_CODE, { code });
      expect(res.errors).toBeUndefined();
      expect(res.data!.challengeByJoinCode).toBeNull();
    }
  });

  it("keep a draft's code to its project's holders", async () => {
    const { holder, user, projectId } = await holderWithProject();
    const project = { id: projectId, city: 'Brest' } as Parameters<typeof createChallenge>[1];
    const draft = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.DRAFT });
    const stranger = await signUp(t);

    expect((await t.gql(BY_CODE, { code: draft.joinCode })).data!.challengeByJoinCode).toBeNull();
    expect(
      (await t.gql(BY_CODE, { code: draft.joinCode }, stranger.headers)).data!.challengeByJoinCode,
    ).toBeNull();
    expect((await t.gql(BY_ID, { id: draft.id }, stranger.headers)).data!.challenge).toBeNull();
    expect(
      (await t.gql(BY_CODE, { code: draft.joinCode }, holder.headers)).data!.challengeByJoinCode,
    ).toMatchObject({ id: draft.id, joinCode: draft.joinCode });
  });

  // Last: it spends this file's address allowance.
  it('refuse an address that tried too many unknown codes, found codes included', async () => {
    const { user, projectId } = await holderWithProject();
    const project = { id: projectId, city: 'Brest' } as Parameters<typeof createChallenge>[1];
    const challenge = await createChallenge(t.dataSource, project, user);
    // Known codes cost nothing.
    for (let i = 0; i < 5; i++) {
      expect((await t.gql(BY_CODE, { code: challenge.joinCode })).data!.challengeByJoinCode).not.toBeNull();
    }
    const codes: (string | null)[] = [];
    for (let i = 0; i < JOIN_CODE_MISSES_PER_ADDRESS + 3; i++) {
      const res = await t.gql(BY_CODE, { code: 'ZZZZZZ' });
      codes.push(res.errors ? res.errors[0].extensions.code : null);
    }
    // The tests above spent a few misses from this address: the refusals start within the allowance
    // and never stop once started.
    const firstRefusal = codes.indexOf('RATE_LIMITED');
    expect(firstRefusal).toBeGreaterThanOrEqual(JOIN_CODE_MISSES_PER_ADDRESS - 10);
    expect(firstRefusal).toBeLessThanOrEqual(JOIN_CODE_MISSES_PER_ADDRESS);
    expect(codes.slice(0, firstRefusal).every((code) => code === null)).toBe(true);
    expect(codes.slice(firstRefusal).every((code) => code === 'RATE_LIMITED')).toBe(true);
    const after = await t.gql(BY_CODE, { code: challenge.joinCode });
    expect(after.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });
});
