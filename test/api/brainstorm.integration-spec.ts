import { ChallengeStatus, Role } from '@ouimake/domain';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const START = `mutation($c: ID!, $phase: BrainstormPhase!, $minutes: Int!) {
  startBrainstorm(challengeId: $c, phase: $phase, minutes: $minutes) { id phase startedAt endsAt startedBy { id } } }`;
const SESSION = `query($c: ID!) { challenge(id: $c) { session { id phase endsAt } } }`;
const PROPOSE = `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Une idée en direct", body: "" }) { id } }`;
const VOTE = `mutation($id: ID!) { vote(ideaId: $id) { id } }`;

async function setup(): Promise<{
  holder: Account;
  participant: Account;
  challengeId: string;
  ideaId: string;
}> {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
  const participant = await signUp(t);
  const idea = await t.gql(PROPOSE, { c: challenge.id }, participant.headers);
  return { holder, participant, challengeId: challenge.id, ideaId: idea.data!.proposeIdea.id };
}

describe('brainstorm sessions', () => {
  it('take ideas and no votes while ideating, votes and no ideas while voting', async () => {
    const { holder, participant, challengeId, ideaId } = await setup();
    const started = await t.gql(START, { c: challengeId, phase: 'IDEATION', minutes: 15 }, holder.headers);
    expect(started.data!.startBrainstorm).toMatchObject({ phase: 'IDEATION', startedBy: { id: holder.id } });
    const { startedAt, endsAt } = started.data!.startBrainstorm;
    expect(Date.parse(endsAt) - Date.parse(startedAt)).toBe(15 * 60_000);

    expect((await t.gql(PROPOSE, { c: challengeId }, participant.headers)).errors).toBeUndefined();
    expect((await t.gql(VOTE, { id: ideaId }, participant.headers)).errors?.[0].extensions.code).toBe(
      'VOTING_NOT_OPEN',
    );

    // A new round replaces the running one.
    const facilitator = await signUp(t, { role: Role.FACILITATOR });
    await t.gql(START, { c: challengeId, phase: 'VOTING', minutes: 5 }, facilitator.headers);
    expect((await t.gql(SESSION, { c: challengeId })).data!.challenge.session.phase).toBe('VOTING');
    expect((await t.gql(PROPOSE, { c: challengeId }, participant.headers)).errors?.[0].extensions.code).toBe(
      'IDEAS_NOT_OPEN',
    );
    expect((await t.gql(VOTE, { id: ideaId }, participant.headers)).errors).toBeUndefined();

    const stopped = await t.gql(
      `mutation($c: ID!) { stopBrainstorm(challengeId: $c) { session { id } } }`,
      { c: challengeId },
      holder.headers,
    );
    expect(stopped.data!.stopBrainstorm.session).toBeNull();
    expect((await t.gql(PROPOSE, { c: challengeId }, participant.headers)).errors).toBeUndefined();

    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE target_id = $1 AND action LIKE 'brainstorm.%'`,
      [challengeId],
    );
    expect(n).toBe(3);
  });

  it('end by themselves at endsAt, after which the rules lift', async () => {
    const { holder, participant, challengeId, ideaId } = await setup();
    await t.gql(START, { c: challengeId, phase: 'IDEATION', minutes: 1 }, holder.headers);
    expect((await t.gql(VOTE, { id: ideaId }, participant.headers)).errors?.[0].extensions.code).toBe(
      'VOTING_NOT_OPEN',
    );
    await t.dataSource.query(
      `UPDATE brainstorm_sessions SET ends_at = now() - interval '1 second' WHERE challenge_id = $1`,
      [challengeId],
    );
    expect((await t.gql(SESSION, { c: challengeId })).data!.challenge.session).toBeNull();
    expect((await t.gql(VOTE, { id: ideaId }, participant.headers)).errors).toBeUndefined();
  });

  it.each([0, 241, -5])('refuse a round of %p minutes', async (minutes) => {
    const { holder, challengeId } = await setup();
    const res = await t.gql(START, { c: challengeId, phase: 'VOTING', minutes }, holder.headers);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'minutes' });
  });

  it('need an open challenge', async () => {
    const { holder, challengeId } = await setup();
    await t.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id } }`, { id: challengeId }, holder.headers);
    const res = await t.gql(START, { c: challengeId, phase: 'VOTING', minutes: 5 }, holder.headers);
    expect(res.errors?.[0].extensions.code).toBe('CHALLENGE_NOT_OPEN');
  });
});
