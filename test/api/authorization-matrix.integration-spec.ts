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
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

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
  /** A published event the "facilitator" persona organizes, with two venues nobody registered at. */
  eventId: string;
  venueIds: [string, string];
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
/** The challenge's curators: its project's holders, facilitators and admins. */
const curators: Record<Persona, Outcome> = {
  ...signedIn('FORBIDDEN'),
  holder: 'OK',
  facilitator: 'OK',
  admin: 'OK',
};
/** On the member's idea once hidden: its author sees it (and may not curate), others do not see it. */
const curatorsOfHidden: Record<Persona, Outcome> = { ...curators, otherMember: 'NOT_FOUND' };

/** The event's organizers (the "facilitator" persona) and admins; others see the event but may not. */
const organizers: Record<Persona, Outcome> = { ...signedIn('FORBIDDEN'), facilitator: 'OK', admin: 'OK' };

const EVENT_INPUT = {
  title: 'Soirée des défis',
  description: 'On cuisine, puis on travaille les défis.',
  format: 'WORKSHOP',
  startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
  endsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000 + 4 * 3600 * 1000).toISOString(),
  timezone: 'Europe/Paris',
  venues: [
    { name: 'La Cantine', city: 'Brest', capacity: 5 },
    { name: 'Le Solilab', city: 'Nantes' },
  ],
};

const hideAsHolder = (t: TestApp, c: Cast, what: 'Idea' | 'Comment') =>
  t.gql(
    `mutation($id: ID!) { hide${what}(id: $id, reason: "Hors sujet") { id } }`,
    { id: what === 'Idea' ? c.ideaId : c.commentId },
    c.accounts.holder.headers,
  );

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
  deleteAccount: {
    // Each person deletes their own account, with their password (admins: other admins remain).
    run: (t, _c, h) => t.gql(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: PASSWORD }, h),
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
  setIdeaStatus: {
    run: (t, c, h) =>
      t.gql(`mutation($id: ID!) { setIdeaStatus(id: $id, status: SHORTLISTED) { id } }`, { id: c.ideaId }, h),
    expect: curators,
  },
  mergeIdeas: {
    run: async (t, c, h) => {
      const other = await t.gql(
        `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Une autre idée", body: "" }) { id } }`,
        { c: c.openId },
        c.accounts.otherMember.headers,
      );
      return t.gql(
        `mutation($s: ID!, $t: ID!) { mergeIdeas(sourceId: $s, targetId: $t) { id } }`,
        { s: c.ideaId, t: other.data!.proposeIdea.id },
        h,
      );
    },
    expect: curators,
  },
  hideIdea: {
    run: (t, c, h) =>
      t.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "Hors sujet") { id } }`, { id: c.ideaId }, h),
    expect: curators,
  },
  unhideIdea: {
    run: async (t, c, h) => {
      await hideAsHolder(t, c, 'Idea');
      return t.gql(`mutation($id: ID!) { unhideIdea(id: $id) { id } }`, { id: c.ideaId }, h);
    },
    expect: curatorsOfHidden,
  },
  hideComment: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { hideComment(id: $id, reason: "Hors sujet") { id } }`,
        { id: c.commentId },
        h,
      ),
    expect: curators,
  },
  unhideComment: {
    run: async (t, c, h) => {
      await hideAsHolder(t, c, 'Comment');
      return t.gql(`mutation($id: ID!) { unhideComment(id: $id) { id } }`, { id: c.commentId }, h);
    },
    expect: curatorsOfHidden,
  },
  reportIdea: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { reportIdea(id: $id, reason: "Propos blessants") { id } }`,
        { id: c.ideaId },
        h,
      ),
    expect: signedIn('OK'),
  },
  reportComment: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { reportComment(id: $id, reason: "Publicité") { id } }`,
        { id: c.commentId },
        h,
      ),
    expect: signedIn('OK'),
  },
  resolveReport: {
    run: async (t, c, h) => {
      const report = await t.gql(
        `mutation($id: ID!) { reportIdea(id: $id, reason: "Propos blessants") { id } }`,
        { id: c.ideaId },
        c.accounts.otherMember.headers,
      );
      return t.gql(
        `mutation($id: ID!) { resolveReport(id: $id, hide: false) { id } }`,
        { id: report.data!.reportIdea.id },
        h,
      );
    },
    expect: { ...signedIn('FORBIDDEN'), facilitator: 'OK', admin: 'OK' },
  },
  addResource: {
    run: (t, c, h) =>
      t.gql(
        `mutation($c: ID!) { addResource(challengeId: $c, title: "Boîte à outils", url: "https://example.org/outils") { id } }`,
        { c: c.openId },
        h,
      ),
    expect: curators,
  },
  removeResource: {
    run: async (t, c, h) => {
      const added = await t.gql(
        `mutation($c: ID!) { addResource(challengeId: $c, title: "Une étude", url: "https://example.org/etude") { id } }`,
        { c: c.openId },
        c.accounts.holder.headers,
      );
      return t.gql(`mutation($id: ID!) { removeResource(id: $id) }`, { id: added.data!.addResource.id }, h);
    },
    expect: curators,
  },
  createEvent: {
    run: (t, _c, h) =>
      t.gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i: EVENT_INPUT }, h),
    expect: { ...signedIn('FORBIDDEN'), facilitator: 'OK', admin: 'OK' },
  },
  updateEvent: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Soirée renommée" }) { id } }`,
        { id: c.eventId },
        h,
      ),
    expect: organizers,
  },
  addVenue: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { addVenue(eventId: $id, input: { name: "Le Mouton", city: "Rennes" }) { id } }`,
        { id: c.eventId },
        h,
      ),
    expect: organizers,
  },
  updateVenue: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { updateVenue(id: $id, input: { name: "La Cantine", city: "Brest", capacity: 8 }) { id } }`,
        { id: c.venueIds[0] },
        h,
      ),
    expect: organizers,
  },
  removeVenue: {
    run: (t, c, h) => t.gql(`mutation($id: ID!) { removeVenue(id: $id) }`, { id: c.venueIds[1] }, h),
    expect: organizers,
  },
  setEventAgenda: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!, $c: ID!) { setEventAgenda(id: $id, items: [{ title: "Cuisine" }, { challengeId: $c }]) { id } }`,
        { id: c.eventId, c: c.openId },
        h,
      ),
    expect: organizers,
  },
  publishEvent: {
    run: async (t, c, h) => {
      const draft = await t.gql(
        `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
        { i: EVENT_INPUT },
        c.accounts.facilitator.headers,
      );
      return t.gql(
        `mutation($id: ID!) { publishEvent(id: $id) { id } }`,
        { id: draft.data!.createEvent.id },
        h,
      );
    },
    // A draft is its organizers' (and admins'): others do not see it.
    expect: { ...signedIn('NOT_FOUND'), facilitator: 'OK', admin: 'OK' },
  },
  cancelEvent: {
    run: (t, c, h) =>
      t.gql(
        `mutation($id: ID!) { cancelEvent(id: $id, reason: "Salle indisponible") { id } }`,
        { id: c.eventId },
        h,
      ),
    expect: organizers,
  },
  completeEvent: {
    run: async (t, c, h) => {
      await t.dataSource.query(`UPDATE events SET starts_at = now() - interval '2 hours' WHERE id = $1`, [
        c.eventId,
      ]);
      return t.gql(
        `mutation($id: ID!) { completeEvent(id: $id, report: "Une belle soirée") { id } }`,
        { id: c.eventId },
        h,
      );
    },
    expect: organizers,
  },
  registerForEvent: {
    run: (t, c, h) =>
      t.gql(
        `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { id } }`,
        { e: c.eventId, v: c.venueIds[0] },
        h,
      ),
    expect: signedIn('OK'),
  },
  cancelRegistration: {
    run: async (t, c, h) => {
      await t.gql(
        `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { id } }`,
        { e: c.eventId, v: c.venueIds[0] },
        h,
      );
      return t.gql(`mutation($e: ID!) { cancelRegistration(eventId: $e) { id } }`, { e: c.eventId }, h);
    },
    expect: signedIn('OK'),
  },
  checkIn: {
    run: async (t, c, h) => {
      const registration = await t.gql(
        `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { id } }`,
        { e: c.eventId, v: c.venueIds[0] },
        c.accounts.member.headers,
      );
      return t.gql(
        `mutation($r: ID!) { checkIn(registrationId: $r) { id } }`,
        { r: registration.data!.registerForEvent.id },
        h,
      );
    },
    // The event's organizers, facilitators and admins, and the venue's hosts (none here).
    expect: organizers,
  },
  markNotificationsRead: {
    run: (t, _c, h) => t.gql(`mutation { markNotificationsRead }`, {}, h),
    expect: signedIn('OK'),
  },
  setNotificationPreference: {
    run: (t, _c, h) =>
      t.gql(`mutation { setNotificationPreference(topic: NEW_IDEAS, channel: DIGEST) { topic } }`, {}, h),
    expect: signedIn('OK'),
  },
  muteChallenge: {
    run: async (t, c, h) => {
      await t.gql(`mutation($id: ID!) { followChallenge(id: $id) { id } }`, { id: c.openId }, h);
      return t.gql(`mutation($id: ID!) { muteChallenge(id: $id, muted: true) }`, { id: c.openId }, h);
    },
    expect: signedIn('OK'),
  },
  verifyEmail: {
    // Anyone holding a link may use it; a made-up one is refused for everyone alike.
    run: (t, _c, h) =>
      t.gql(`mutation { verifyEmail(token: "made-up-token-0123456789abcdef") { id } }`, {}, h),
    expect: everyone('BAD_USER_INPUT'),
  },
  resendVerificationEmail: {
    run: (t, _c, h) => t.gql(`mutation { resendVerificationEmail }`, {}, h),
    expect: signedIn('OK'),
  },
  requestPasswordReset: {
    run: (t, c, h) =>
      t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: c.target.email }, h),
    expect: everyone('OK'),
  },
  resetPassword: {
    run: (t, _c, h) =>
      t.gql(
        `mutation { resetPassword(token: "made-up-token-0123456789abcdef", password: "un long secret") { token } }`,
        {},
        h,
      ),
    expect: everyone('BAD_USER_INPUT'),
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
  const event = await t.gql(
    `mutation($i: CreateEventInput!) { createEvent(input: $i) { id venues { id } } }`,
    { i: EVENT_INPUT },
    facilitator.headers,
  );
  const eventId = event.data!.createEvent.id as string;
  await t.gql(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: eventId }, facilitator.headers);
  const venueIds = event.data!.createEvent.venues.map((v: { id: string }) => v.id) as [string, string];
  return {
    eventId,
    venueIds,
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
