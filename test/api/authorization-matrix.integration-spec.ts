// The authorization matrix: every mutation of the emitted schema, run by each kind of person,
// with the outcome each must get. A mutation without a row here fails the suite, so the matrix
// grows with every feature.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChallengeStatus, Role } from '@ouimake/domain';
import { buildSchema } from 'graphql';
import { PASSWORD, signUp, type Account } from './support/accounts';
import { createChallenge, createProject, uniq } from './support/factories';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';

const PERSONAS = ['anonymous', 'member', 'otherMember', 'holder', 'facilitator', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** The people of one matrix cell, made fresh so that no cell depends on another. */
interface Cast {
  accounts: Record<Exclude<Persona, 'anonymous'>, Account>;
  /** A member the "member" persona is not: the subject of admin acts. */
  target: Account;
  /** A project the "holder" persona holds, with an open challenge, a draft and a closed one. */
  projectId: string;
  openId: string;
  draftId: string;
  closedId: string;
  /** An idea of the "member" persona on the open challenge, with a comment of theirs. */
  ideaId: string;
  commentId: string;
}

interface Row {
  run(t: TestApp, cast: Cast, headers: Record<string, string>): Promise<GraphQLResponse>;
  expect: Record<Persona, Outcome>;
}

const everyone = (outcome: Outcome): Record<Persona, Outcome> =>
  Object.fromEntries(PERSONAS.map((p) => [p, outcome])) as Record<Persona, Outcome>;
const signedIn = (outcome: Outcome): Record<Persona, Outcome> => ({
  ...everyone(outcome),
  anonymous: 'UNAUTHENTICATED',
});
const adminsOnly: Record<Persona, Outcome> = { ...signedIn('FORBIDDEN'), admin: 'OK' };

const MATRIX: Record<string, Row> = {
  signUp: {
    run: (t, _c, h) =>
      t.gql(
        `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`,
        {
          i: { email: `${uniq()}@test.example`, password: PASSWORD, displayName: 'Nouvelle personne' },
        },
        h,
      ),
    expect: everyone('OK'),
  },
  signIn: {
    run: (t, c, h) =>
      t.gql(
        `mutation($i: SignInInput!) { signIn(input: $i) { token } }`,
        { i: { email: c.target.email, password: PASSWORD } },
        h,
      ),
    expect: everyone('OK'),
  },
  signOut: {
    run: (t, _c, h) => t.gql('mutation { signOut }', {}, h),
    expect: signedIn('OK'),
  },
  updateProfile: {
    run: (t, _c, h) => t.gql(`mutation { updateProfile(input: { bio: "Bonjour" }) { id } }`, {}, h),
    expect: signedIn('OK'),
  },
  createProject: {
    run: (t, _c, h) =>
      t.gql(
        `mutation { createProject(input: { name: "Un nouveau lieu", summary: "Pour essayer." }) { id } }`,
        {},
        h,
      ),
    expect: signedIn('OK'),
  },
  updateProject: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { updateProject(id: $id, input: { summary: "Mis à jour." }) { id } }`,
        { id: c.projectId },
        h,
      ),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK', admin: 'OK' },
  },
  addProjectHolder: {
    run: (t, c, h) =>
      t.gql(
        `mutation($p: ID!, $u: ID!) { addProjectHolder(projectId: $p, userId: $u) { id } }`,
        { p: c.projectId, u: c.target.id },
        h,
      ),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK', admin: 'OK' },
  },
  createChallenge: {
    run: (t, c, h) =>
      t.gql(
        `mutation($p: ID!) { createChallenge(input: { projectId: $p, title: "Une question", description: "Le contexte." }) { id } }`,
        { p: c.projectId },
        h,
      ),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK' },
  },
  updateChallenge: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { updateChallenge(id: $id, input: { title: "Nouveau titre" }) { id } }`,
        { id: c.openId },
        h,
      ),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK' },
  },
  publishChallenge: {
    // Drafts are the holders' only: to anyone else the draft does not exist.
    run: (t, c, h) => t.gql(`mutation($id: ID!) { publishChallenge(id: $id) { id } }`, { id: c.draftId }, h),
    expect: { ...signedIn('NOT_FOUND'), holder: 'OK' },
  },
  closeChallenge: {
    run: (t, c, h) =>
      t.gql(`mutation($id: ID!) { closeChallenge(id: $id, outcome: "Décidé.") { id } }`, { id: c.openId }, h),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK', facilitator: 'OK', admin: 'OK' },
  },
  reopenChallenge: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { reopenChallenge(id: $id) { id } }`, { id: c.closedId }, h),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK', facilitator: 'OK', admin: 'OK' },
  },
  followChallenge: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { followChallenge(id: $id) { id } }`, { id: c.openId }, h),
    expect: signedIn('OK'),
  },
  unfollowChallenge: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { unfollowChallenge(id: $id) { id } }`, { id: c.openId }, h),
    expect: signedIn('OK'),
  },
  proposeIdea: {
    run: (t, c, h) =>
      t.gql(
        `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Une idée", body: "" }) { id } }`,
        { c: c.openId },
        h,
      ),
    expect: signedIn('OK'),
  },
  updateIdea: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { updateIdea(id: $id, input: { body: "Précisée." }) { id } }`,
        { id: c.ideaId },
        h,
      ),
    expect: { ...signedIn('FORBIDDEN'), member: 'OK' },
  },
  withdrawIdea: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { withdrawIdea(id: $id) }`, { id: c.ideaId }, h),
    expect: { ...signedIn('FORBIDDEN'), member: 'OK' },
  },
  vote: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: c.ideaId }, h),
    expect: signedIn('OK'),
  },
  unvote: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { unvote(ideaId: $id) { id } }`, { id: c.ideaId }, h),
    expect: signedIn('OK'),
  },
  addComment: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Bonne idée !" }) { id } }`,
        { id: c.ideaId },
        h,
      ),
    expect: signedIn('OK'),
  },
  deleteComment: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: c.commentId }, h),
    expect: { ...signedIn('FORBIDDEN'), member: 'OK' },
  },
  startBrainstorm: {
    run: (t, c, h) =>
      t.gql(
        `mutation($c: ID!) { startBrainstorm(challengeId: $c, phase: IDEATION, minutes: 10) { id } }`,
        { c: c.openId },
        h,
      ),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK', facilitator: 'OK', admin: 'OK' },
  },
  stopBrainstorm: {
    run: (t, c, h) =>
      t.gql(`mutation($c: ID!) { stopBrainstorm(challengeId: $c) { id } }`, { c: c.openId }, h),
    expect: { ...signedIn('FORBIDDEN'), holder: 'OK', facilitator: 'OK', admin: 'OK' },
  },
  setUserRole: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { setUserRole(userId: $id, role: FACILITATOR) { id } }`,
        { id: c.target.id },
        h,
      ),
    expect: adminsOnly,
  },
};

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function cast(): Promise<Cast> {
  const [member, otherMember, holder, facilitator, admin, target] = await Promise.all([
    signUp(t),
    signUp(t),
    signUp(t),
    signUp(t, { role: Role.FACILITATOR }),
    signUp(t, { role: Role.ADMIN }),
    signUp(t),
  ]);
  const holderUser = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [holderUser]);
  const [open, draft, closed] = await Promise.all([
    createChallenge(t.dataSource, project, holderUser, { status: ChallengeStatus.OPEN }),
    createChallenge(t.dataSource, project, holderUser, { status: ChallengeStatus.DRAFT }),
    createChallenge(t.dataSource, project, holderUser, { status: ChallengeStatus.CLOSED, outcome: 'Fait.' }),
  ]);
  const idea = await t.gql(
    `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "L'idée du membre", body: "" }) { id } }`,
    { c: open.id },
    member.headers,
  );
  const ideaId = idea.data!.proposeIdea.id as string;
  const comment = await t.gql(
    `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Mon commentaire" }) { id } }`,
    { id: ideaId },
    member.headers,
  );
  return {
    accounts: { member, otherMember, holder, facilitator, admin },
    target,
    projectId: project.id,
    openId: open.id,
    draftId: draft.id,
    closedId: closed.id,
    ideaId,
    commentId: comment.data!.addComment.id as string,
  };
}

describe('authorization matrix', () => {
  const mutations = Object.keys(
    buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'))
      .getMutationType()
      ?.getFields() ?? {},
  ).sort();

  it('has a row for every mutation of the emitted schema, and none for a mutation that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(mutations);
  });

  describe.each(mutations.filter((m) => MATRIX[m]))('%s', (mutation) => {
    it.each(PERSONAS.map((p) => [p, MATRIX[mutation].expect[p]] as const))(
      'by %s: %s',
      async (persona, expected) => {
        const c = await cast();
        const headers = persona === 'anonymous' ? {} : c.accounts[persona].headers;
        const res = await MATRIX[mutation].run(t, c, headers);
        const outcome = res.errors?.[0].extensions.code ?? 'OK';
        expect({ mutation, persona, outcome }).toEqual({ mutation, persona, outcome: expected });
      },
    );
  });
});
