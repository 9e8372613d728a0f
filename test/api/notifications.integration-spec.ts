import { ChallengeStatus } from '@ouimake/domain';
import { MailSender } from '../../apps/api/src/modules/mail/mail-sender.service';
import { NotificationMails } from '../../apps/api/src/modules/notifications/notification-mails.service';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { bearer, PASSWORD, signIn, type Account } from './support/accounts';
import { createChallenge, createProject, uniq } from './support/factories';
import { subscribe, until } from './support/live';
import { linkIn, recipient, startSmtp, type Inbox } from './support/smtp';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

const ADMIN_EMAIL = `cheffe-${uniq()}@test.example`;
let t: TestApp;
let inbox: Inbox;
beforeAll(async () => {
  inbox = await startSmtp();
  // The database of board-wide tests: the shared one's outbox fills with the other files' emails
  // (their test apps send nothing), which are not this file's to send.
  t = await startTestApp({
    DATABASE_URL: process.env['OUIMAKE_TEST_ISOLATED_DATABASE_URL']!,
    SMTP_URL: inbox.url,
    MAIL_FROM: 'Ouimake <bonjour@test.example>',
    ADMIN_EMAILS: ADMIN_EMAIL,
  });
  await t.dataSource.query(`UPDATE mail_outbox SET sent_at = now() WHERE sent_at IS NULL`);
});
afterAll(async () => {
  await t.close();
  await inbox.close();
});

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code;
const flush = () => t.app.get(MailSender).flush();
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id role email emailVerified } } }`;

/** Signs up through the API and follows the verification email's link, as a person would. */
async function verifiedPerson(options: { lang?: 'fr' | 'en'; email?: string } = {}): Promise<Account> {
  const email = options.email ?? `${uniq('p')}@test.example`;
  const res = await t.gql(SIGN_UP, {
    input: { email, password: PASSWORD, displayName: `Personne ${uniq()}`, language: options.lang ?? 'fr' },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  await flush();
  const mail = await inbox.next(
    (m) => recipient(m) === email.toLowerCase() && /adresse|address/i.test(m.subject ?? ''),
  );
  const token = new URL(linkIn(mail, '/verify-email?token=', t.url)).searchParams.get('token');
  const verified = await t.gql(`mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }`, {
    t: token,
  });
  if (verified.errors) throw new Error(JSON.stringify(verified.errors));
  const { token: session, user } = res.data!.signUp;
  return { id: user.id, email, token: session, headers: bearer(session) };
}

async function board() {
  const holder = await verifiedPerson();
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
  await t.dataSource.query(`INSERT INTO challenge_follows (challenge_id, user_id) VALUES ($1, $2)`, [
    challenge.id,
    holder.id,
  ]);
  return { holder, challengeId: challenge.id, title: challenge.title };
}

const follow = (who: Account, c: string) =>
  t.gql(`mutation($c: ID!) { followChallenge(id: $c) { id } }`, { c }, who.headers);
const propose = async (who: Account, c: string, title = 'Une idée') =>
  (
    await t.gql(
      `mutation($c: ID!, $t: String!) { proposeIdea(input: { challengeId: $c, title: $t, body: "" }) { id } }`,
      { c, t: title },
      who.headers,
    )
  ).data!.proposeIdea.id as string;
const LIST = `query { notifications(first: 50) { unreadCount totalCount edges { node { id kind count readAt actor { id } idea { id title } challenge { id } } } } }`;
const list = async (who: Account) => (await t.gql(LIST, {}, who.headers)).data!.notifications;

describe('who is told', () => {
  it('tells a challenge’s followers of new ideas, grouped: 30 in a burst make one notification, never the author', async () => {
    const { holder, challengeId } = await board();
    const follower = await verifiedPerson();
    const author = await verifiedPerson();
    await follow(follower, challengeId);
    await follow(author, challengeId);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => propose(author, challengeId, `Idée numéro ${i + 1}`)),
    );
    for (const who of [follower, holder]) {
      const mine = await list(who);
      const ideas = mine.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'IDEA_PROPOSED');
      expect(ideas).toHaveLength(1);
      expect(ideas[0].node.count).toBe(30);
      expect(ideas[0].node.actor).toEqual({ id: author.id });
    }
    expect(
      (await list(author)).edges.filter((e: { node: { kind: string } }) => e.node.kind === 'IDEA_PROPOSED'),
    ).toEqual([]);
    // Read, then a new idea starts a new group.
    await t.gql(`mutation { markNotificationsRead }`, {}, follower.headers);
    await propose(author, challengeId, 'Encore une');
    const after = await list(follower);
    expect(after.unreadCount).toBe(1);
    expect(after.edges[0].node).toMatchObject({ kind: 'IDEA_PROPOSED', count: 1, readAt: null });
  });

  it('tells an idea’s author and its thread of comments, and the author of what became of their idea', async () => {
    const { holder, challengeId } = await board();
    const author = await verifiedPerson();
    const commenter = await verifiedPerson();
    const idea = await propose(author, challengeId, 'Un tableau des missions');
    const COMMENT = `mutation($i: ID!, $b: String!) { addComment(input: { ideaId: $i, body: $b }) { id } }`;
    await t.gql(COMMENT, { i: idea, b: 'Et pour les week-ends ?' }, commenter.headers);
    await t.gql(COMMENT, { i: idea, b: 'Bonne question' }, author.headers);
    expect((await list(author)).edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain(
      'COMMENT_ADDED',
    );
    expect((await list(commenter)).edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain(
      'COMMENT_ADDED',
    );
    await t.gql(
      `mutation($i: ID!) { setIdeaStatus(id: $i, status: SHORTLISTED) { id } }`,
      { i: idea },
      holder.headers,
    );
    await t.gql(
      `mutation($i: ID!) { setIdeaStatus(id: $i, status: SELECTED) { id } }`,
      { i: idea },
      holder.headers,
    );
    const kinds = (await list(author)).edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['IDEA_SHORTLISTED', 'IDEA_SELECTED']));
    // Nobody is told of their own act.
    expect((await list(holder)).edges.map((e: { node: { kind: string } }) => e.node.kind)).not.toContain(
      'IDEA_SELECTED',
    );
  });

  it('never shows hidden content through a notification, and a muted challenge is silent', async () => {
    const { holder, challengeId } = await board();
    const follower = await verifiedPerson();
    const author = await verifiedPerson();
    await follow(follower, challengeId);
    const idea = await propose(author, challengeId, 'Texte à cacher');
    expect((await list(follower)).edges[0].node.idea).toEqual({ id: idea, title: 'Texte à cacher' });
    await t.gql(
      `mutation($i: ID!) { hideIdea(id: $i, reason: "Hors charte") { id } }`,
      { i: idea },
      holder.headers,
    );
    const after = await list(follower);
    expect(JSON.stringify(after)).not.toContain('Texte à cacher');
    expect(after.unreadCount).toBe(0);
    await t.gql(
      `mutation($c: ID!) { muteChallenge(id: $c, muted: true) }`,
      { c: challengeId },
      follower.headers,
    );
    await propose(author, challengeId, 'Pendant la sourdine');
    expect((await list(follower)).totalCount).toBe(0);
  });

  it('lets nobody read or mark another person’s notifications', async () => {
    const { challengeId } = await board();
    const follower = await verifiedPerson();
    const other = await verifiedPerson();
    await follow(follower, challengeId);
    await propose(other, challengeId);
    const [mine] = (await list(follower)).edges;
    expect(
      (
        await t.gql(
          `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [mine.node.id] },
          other.headers,
        )
      ).data!.markNotificationsRead,
    ).toBe(0);
    expect((await list(follower)).unreadCount).toBe(1);
    expect((await list(other)).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      mine.node.id,
    );
    expect(code(await t.gql(LIST))).toBe('UNAUTHENTICATED');
  });
});

describe('the outbox', () => {
  it('writes nothing for a failed transaction and always a notification for a committed one', async () => {
    const { challengeId } = await board();
    const follower = await verifiedPerson();
    await follow(follower, challengeId);
    const author = await verifiedPerson();
    // A refused proposal (title too short) rolls back: no notification.
    await t.gql(
      `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "x", body: "" }) { id } }`,
      { c: challengeId },
      author.headers,
    );
    expect((await list(follower)).totalCount).toBe(0);
    await propose(author, challengeId, 'Celle-ci compte');
    expect((await list(follower)).totalCount).toBe(1);
  });

  it('pushes a new notification live to its person, and to nobody else', async () => {
    const { challengeId } = await board();
    const follower = await verifiedPerson();
    const stranger = await verifiedPerson();
    await follow(follower, challengeId);
    const NOTIFICATIONS = `subscription { notificationAdded { id kind count idea { title } } }`;
    const mine = await subscribe(t, NOTIFICATIONS, {}, `Bearer ${follower.token}`);
    const theirs = await subscribe(t, NOTIFICATIONS, {}, `Bearer ${stranger.token}`);
    try {
      await propose(await verifiedPerson(), challengeId, 'En direct');
      expect(await mine.next((n) => n.kind === 'IDEA_PROPOSED', 3000)).toMatchObject({
        idea: { title: 'En direct' },
      });
      await new Promise((r) => setTimeout(r, 800));
      expect(theirs.events).toEqual([]);
      const anonymous = await subscribe(t, NOTIFICATIONS, {});
      await until(() => anonymous.errors.length > 0);
      expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
      await anonymous.close();
    } finally {
      await mine.close();
      await theirs.close();
    }
  });
});

describe('several instances', () => {
  it('push a notification made on one instance to its person’s socket on another', async () => {
    const other = await startTestApp({ DATABASE_URL: process.env['OUIMAKE_TEST_ISOLATED_DATABASE_URL']! });
    try {
      const { challengeId } = await board();
      const follower = await verifiedPerson();
      await follow(follower, challengeId);
      const feed = await subscribe(
        other,
        `subscription { notificationAdded { kind idea { title } } }`,
        {},
        `Bearer ${follower.token}`,
      );
      try {
        await propose(await verifiedPerson(), challengeId, 'Venue de l’autre instance');
        expect((await feed.next((n) => n.kind === 'IDEA_PROPOSED', 3000)).idea).toEqual({
          title: 'Venue de l’autre instance',
        });
      } finally {
        await feed.close();
      }
    } finally {
      await other.close();
    }
  });
});

describe('emails', () => {
  it('verify the address at sign-up, in the person’s language; ADMIN_EMAILS makes an admin of a verified address only', async () => {
    const res = await t.gql(SIGN_UP, {
      input: { email: ADMIN_EMAIL.toUpperCase(), password: PASSWORD, displayName: 'Cheffe', language: 'en' },
    });
    expect(res.data!.signUp.user).toMatchObject({ role: 'MEMBER', emailVerified: false });
    await flush();
    const mail = await inbox.next((m) => recipient(m) === ADMIN_EMAIL);
    expect(mail.subject).toBe('Confirm your address on Ouimake');
    expect(mail.html).toContain('Confirm my address');
    const link = linkIn(mail, '/verify-email?token=', t.url);
    const token = new URL(link).searchParams.get('token');
    expect(
      code(await t.gql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: `${token}x` })),
    ).toBe('BAD_USER_INPUT');
    const ok = await t.gql(`mutation($t: String!) { verifyEmail(token: $t) { emailVerified role } }`, {
      t: token,
    });
    expect(ok.data!.verifyEmail).toEqual({ emailVerified: true, role: 'ADMIN' });
    // Single use.
    expect(code(await t.gql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: token }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('reset a forgotten password by a single-use link valid one hour, ending every other session', async () => {
    const person = await verifiedPerson();
    const RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
    expect((await t.gql(RESET, { e: person.email })).data!.requestPasswordReset).toBe(true);
    // The same answer for an address without an account, and no email for it.
    expect((await t.gql(RESET, { e: `personne-${uniq()}@test.example` })).data!.requestPasswordReset).toBe(
      true,
    );
    await flush();
    const mail = await inbox.next(
      (m) => recipient(m) === person.email && /mot de passe/i.test(m.subject ?? ''),
    );
    const token = new URL(linkIn(mail, '/reset-password?token=', t.url)).searchParams.get('token')!;
    const DO = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { token user { id } } }`;
    expect(code(await t.gql(DO, { t: token.slice(0, -2) + 'zz', p: 'un nouveau secret' }))).toBe(
      'BAD_USER_INPUT',
    );
    const done = await t.gql(DO, { t: token, p: 'un nouveau secret' });
    expect(done.data!.resetPassword.user).toEqual({ id: person.id });
    expect(code(await t.gql(DO, { t: token, p: 'encore un autre' }))).toBe('BAD_USER_INPUT');
    // The old session ended; the new password works, the old one does not.
    expect(code(await t.gql(`{ me { id } }`, {}, person.headers))).toBe('UNAUTHENTICATED');
    expect((await signIn(t, person.email, 'un nouveau secret')).errors).toBeUndefined();
    expect(code(await signIn(t, person.email, PASSWORD))).toBe('UNAUTHENTICATED');

    // An expired link is refused.
    await t.gql(RESET, { e: person.email });
    await flush();
    const second = await inbox.next(
      (m) => recipient(m) === person.email && m !== mail && /mot de passe/i.test(m.subject ?? ''),
    );
    const expired = new URL(linkIn(second, '/reset-password?token=', t.url)).searchParams.get('token')!;
    await t.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [person.id],
    );
    expect(code(await t.gql(DO, { t: expired, p: 'trop tard pour ça' }))).toBe('BAD_USER_INPUT');
  });

  it('email what concerns a person at once, with a link to its place and a working unsubscribe link', async () => {
    const { challengeId } = await board();
    const author = await verifiedPerson({ lang: 'en' });
    const replier = await verifiedPerson();
    const idea = await propose(author, challengeId, 'A shared planning');
    await t.gql(
      `mutation($i: ID!) { addComment(input: { ideaId: $i, body: "What about weekends?" }) { id } }`,
      { i: idea },
      replier.headers,
    );
    // Grouped emails wait a little: make them due now.
    await t.dataSource.query(`UPDATE mail_outbox SET due_at = now() WHERE sent_at IS NULL`);
    await flush();
    const mail = await inbox.next((m) => recipient(m) === author.email && /commented/.test(m.subject ?? ''));
    expect(mail.subject).toContain('“A shared planning”');
    expect(mail.text).toContain(`/ideas/${idea}`);
    expect(mail.text).toContain('What about weekends?');
    // mailparser files List-Unsubscribe under "list".
    expect(JSON.stringify(mail.headers.get('list'))).toContain('/unsubscribe?token=');
    const unsubscribe = linkIn(mail, '/unsubscribe?token=', t.url);
    const page = await fetch(unsubscribe);
    // Opening the link only asks: mail scanners that follow links unsubscribe nobody.
    expect(await page.text()).toContain('<form method="post">');
    expect(
      (await t.gql(`{ notificationPreferences { topic channel } }`, {}, author.headers)).data!
        .notificationPreferences,
    ).toContainEqual({ topic: 'REPLIES', channel: 'EMAIL' });
    const confirmed = await fetch(unsubscribe, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    const prefs = await t.gql(`{ notificationPreferences { topic channel } }`, {}, author.headers);
    expect(prefs.data!.notificationPreferences).toContainEqual({ topic: 'REPLIES', channel: 'IN_APP' });
    expect((await fetch(`${t.url}/unsubscribe?token=forged`)).status).toBe(200);
  });

  it('send the daily digest once, in the person’s morning, with only what they have not read', async () => {
    const { challengeId } = await board();
    const follower = await verifiedPerson();
    await follow(follower, challengeId);
    await t.gql(
      `mutation { setNotificationPreference(topic: NEW_IDEAS, channel: DIGEST) { topic } }`,
      {},
      follower.headers,
    );
    await propose(await verifiedPerson(), challengeId, 'Pour le résumé');
    // Their morning, now: a zone where it is 9 o'clock.
    const [{ zone }] = await t.dataSource.query(
      `SELECT name AS zone FROM pg_timezone_names WHERE extract(hour FROM now() AT TIME ZONE name) = 9 AND name LIKE 'Etc/GMT%' LIMIT 1`,
    );
    await t.dataSource.query(`UPDATE users SET timezone = $2 WHERE id = $1`, [follower.id, zone]);
    const mails = t.app.get(NotificationMails);
    expect(await mails.queueDigests()).toBeGreaterThanOrEqual(1);
    await flush();
    const digest = await inbox.next(
      (m) => recipient(m) === follower.email && /nouveauté/.test(m.subject ?? ''),
    );
    expect(digest.text).toContain('Pour le résumé');
    // Once a day.
    await propose(await verifiedPerson(), challengeId, 'Le lendemain');
    const again = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE user_id = $1 AND template = 'digest'`,
      [follower.id],
    );
    await mails.queueDigests();
    expect(
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE user_id = $1 AND template = 'digest'`,
        [follower.id],
      ),
    ).toEqual(again);
  });

  it('confirm a registration and tell the promoted person, with the calendar file', async () => {
    const organizer = await verifiedPerson();
    await t.dataSource.query(`UPDATE users SET role = 'FACILITATOR' WHERE id = $1`, [organizer.id]);
    const [login] = [(await signIn(t, organizer.email)).data!.signIn.token as string];
    const startsAt = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();
    const endsAt = new Date(Date.now() + 5 * 24 * 3600 * 1000 + 3 * 3600 * 1000).toISOString();
    const created = await t.gql(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id venues { id } } }`,
      {
        i: {
          title: 'Atelier bénévolat',
          description: '',
          format: 'WORKSHOP',
          startsAt,
          endsAt,
          timezone: 'Europe/Paris',
          venues: [{ name: 'La Cantine', city: 'Brest', capacity: 1 }],
        },
      },
      bearer(login),
    );
    const event = created.data!.createEvent;
    await t.gql(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, bearer(login));
    const [first, second] = [await verifiedPerson(), await verifiedPerson()];
    const REGISTER = `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { status } }`;
    await t.gql(REGISTER, { e: event.id, v: event.venues[0].id }, first.headers);
    await t.gql(REGISTER, { e: event.id, v: event.venues[0].id }, second.headers);
    await flush();
    const confirmed = await inbox.next(
      (m) => recipient(m) === first.email && /Inscription confirmée/.test(m.subject ?? ''),
    );
    expect(confirmed.attachments.map((a) => a.contentType)).toContain('text/calendar');
    await inbox.next((m) => recipient(m) === second.email && /Liste d’attente/.test(m.subject ?? ''));
    await t.gql(
      `mutation($e: ID!) { cancelRegistration(eventId: $e) { status } }`,
      { e: event.id },
      first.headers,
    );
    await flush();
    const promoted = await inbox.next(
      (m) => recipient(m) === second.email && /place s’est libérée/.test(m.subject ?? ''),
    );
    expect(promoted.attachments.some((a) => a.contentType === 'text/calendar')).toBe(true);
    expect((await list(second)).edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain(
      'REGISTRATION_PROMOTED',
    );
  });
});
