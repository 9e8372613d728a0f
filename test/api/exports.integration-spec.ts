import { ChallengeStatus, Role } from '@ouimake/domain';
import { parse } from 'csv-parse/sync';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { PASSWORD, signIn, signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { expectCountersMatchRows } from './support/invariants';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

/**
 * Files out of the board (challenge exports, event exports, open data, a person's own data) and
 * account deletion: each file for what it holds and for what must never leak (hidden content,
 * blind counts, drafts, emails); deletion for what goes, what stays and the counters after it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code;
const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions.field;

async function get(path: string, who?: Account, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, { headers: { ...(who?.headers ?? {}), ...headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  // res.text() would drop a byte order mark: decode it ourselves, keeping it.
  return {
    status: res.status,
    headers: res.headers,
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
  };
}

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, skip_empty_lines: true });
}

async function board(options: Partial<ChallengeEntity> = {}) {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    ...options,
  });
  return { holder, challengeId: challenge.id, title: challenge.title };
}

async function propose(who: Account, c: string, title: string, body = ''): Promise<string> {
  const res = await t.gql(
    `mutation($c: ID!, $title: String!, $body: String!) { proposeIdea(input: { challengeId: $c, title: $title, body: $body }) { id } }`,
    { c, title, body },
    who.headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.proposeIdea.id;
}

const vote = (who: Account, id: string) =>
  t.gql(`mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id }, who.headers);
const comment = async (who: Account, id: string, body: string) => {
  const res = await t.gql(
    `mutation($id: ID!, $b: String!) { addComment(input: { ideaId: $id, body: $b }) { id } }`,
    { id, b: body },
    who.headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.addComment.id as string;
};
const hideIdea = (who: Account, id: string) =>
  t.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "Publicité") { id } }`, { id }, who.headers);
const hideComment = (who: Account, id: string) =>
  t.gql(`mutation($id: ID!) { hideComment(id: $id, reason: "Insultant") { id } }`, { id }, who.headers);

describe('challenge exports', () => {
  it('CSV: one row per idea by votes, parsed back, formulas neutralised, hidden ideas and emails absent', async () => {
    const { holder, challengeId } = await board();
    const [a, b, c] = [await signUp(t), await signUp(t), await signUp(t)];
    const formula = '=HYPERLINK("http://evil.example","cliquez")';
    const top = await propose(
      a,
      challengeId,
      'Un jardin partagé, « pour tous »',
      'Ligne 1\nLigne 2, avec virgule',
    );
    const second = await propose(b, challengeId, formula);
    const spam = await propose(c, challengeId, 'Achetez mes montres');
    await Promise.all([vote(a, top), vote(b, top), vote(c, top), vote(a, second)]);
    expect((await hideIdea(holder, spam)).errors).toBeUndefined();

    const visitor = await get(`/challenges/${challengeId}/export.csv?lang=fr`);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(visitor.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
    expect([...visitor.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(visitor.text).toContain('\r\n');
    const rows = rowsOf(visitor.text);
    expect(rows.map((r) => [r['rang'], r['titre'], r['votes']])).toEqual([
      ['1', 'Un jardin partagé, « pour tous »', '3'],
      ['2', `'${formula}`, '1'],
    ]);
    expect(rows[0]['description']).toBe('Ligne 1\nLigne 2, avec virgule');
    expect(visitor.text).not.toContain('montres');
    for (const p of [a, b, c, holder]) expect(visitor.text).not.toContain(p.email);

    // Its curator sees the hidden idea, marked; English headers on asking.
    const curator = await get(`/challenges/${challengeId}/export.csv?lang=en`, holder);
    const curated = rowsOf(curator.text);
    expect(curated.map((r) => r['title'])).toContain('Achetez mes montres');
    expect(curated.find((r) => r['title'] === 'Achetez mes montres')!['hidden']).toBe('true');
  });

  it('Markdown: context, outcome, ideas by votes, comments on asking; hidden comments never', async () => {
    const { holder, challengeId, title } = await board();
    const [a, b] = [await signUp(t), await signUp(t)];
    const idea = await propose(a, challengeId, 'Des ateliers du samedi', 'Avec les voisins.');
    await vote(b, idea);
    await comment(b, idea, 'Je peux animer le premier.');
    const rude = await comment(a, idea, 'Commentaire insultant');
    expect((await hideComment(holder, rude)).errors).toBeUndefined();
    const closed = await t.gql(
      `mutation($id: ID!) { closeChallenge(id: $id, outcome: "Deux ateliers retenus pour janvier.") { status } }`,
      { id: challengeId },
      holder.headers,
    );
    expect(closed.errors).toBeUndefined();

    const plain = await get(`/challenges/${challengeId}/export.md?lang=fr`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(plain.text).toContain(`# ${title}`);
    expect(plain.text).toContain('## Résultat\n\nDeux ateliers retenus pour janvier.');
    expect(plain.text).toContain('### 1. Des ateliers du samedi');
    expect(plain.text).toContain('1 votes');
    expect(plain.text).not.toContain('Je peux animer');

    const withComments = await get(`/challenges/${challengeId}/export.md?comments=1&lang=en`);
    expect(withComments.text).toContain('## Outcome');
    expect(withComments.text).toContain('Je peux animer le premier.');
    expect(withComments.text).not.toContain('insultant');
  });

  it('blind counts never leak while voting is open; drafts are 404 for anyone but their holders', async () => {
    const { holder, challengeId } = await board({ blindVoting: true });
    const [a, b] = [await signUp(t), await signUp(t)];
    const first = await propose(a, challengeId, 'Première');
    const second = await propose(b, challengeId, 'Seconde');
    await Promise.all([vote(a, second), vote(b, second)]);

    const csv = rowsOf((await get(`/challenges/${challengeId}/export.csv?lang=en`, a)).text);
    // In the order they came, no counts: an order by votes would tell them.
    expect(csv.map((r) => [r['title'], r['votes']])).toEqual([
      ['Première', ''],
      ['Seconde', ''],
    ]);
    const md = (await get(`/challenges/${challengeId}/export.md?lang=en`)).text;
    expect(md).toContain('blind voting');
    expect(md).not.toMatch(/\d+ votes/);
    const curator = rowsOf((await get(`/challenges/${challengeId}/export.csv?lang=en`, holder)).text);
    expect(curator.map((r) => [r['title'], r['votes']])).toEqual([
      ['Seconde', '2'],
      ['Première', '0'],
    ]);
    expect(first).toBeTruthy();

    const draft = await board({ status: ChallengeStatus.DRAFT });
    const admin = await signUp(t, { role: Role.ADMIN });
    for (const who of [undefined, a, admin]) {
      const res = await get(`/challenges/${draft.challengeId}/export.csv`, who);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    }
    expect((await get(`/challenges/${draft.challengeId}/export.md`, draft.holder)).status).toBe(200);
    expect((await get(`/challenges/not-an-id/export.md`)).status).toBe(404);
    expect(
      (await get(`/challenges/${challengeId}/export.md`, undefined, { authorization: 'Bearer forged' }))
        .status,
    ).toBe(401);
  });
});

describe('open data', () => {
  it('lists published challenges with ideas and totals, not drafts, hidden ideas, blind counts or emails', async () => {
    const open = await board();
    const blind = await board({ blindVoting: true });
    const draft = await board({ status: ChallengeStatus.DRAFT });
    const a = await signUp(t);
    const idea = await propose(a, open.challengeId, 'Une idée ouverte');
    const hidden = await propose(a, open.challengeId, 'Une idée masquée');
    await hideIdea(open.holder, hidden);
    await vote(a, idea);
    const blindIdea = await propose(a, blind.challengeId, 'Une idée à l’aveugle');
    await vote(a, blindIdea);

    const res = await get('/open-data/challenges.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const data = JSON.parse(res.text);
    expect(data.licence.name).toMatch(/Etalab/);
    const ids = data.challenges.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([open.challengeId, blind.challengeId]));
    expect(ids).not.toContain(draft.challengeId);
    const mine = data.challenges.find((c: { id: string }) => c.id === open.challengeId);
    expect(mine.ideas).toEqual([expect.objectContaining({ id: idea, votes: 1, title: 'Une idée ouverte' })]);
    const blinded = data.challenges.find((c: { id: string }) => c.id === blind.challengeId);
    expect(blinded.votesHidden).toBe(true);
    expect(blinded.ideas[0].votes).toBeNull();
    expect(res.text).not.toContain('@test.example');

    const csv = await get('/open-data/challenges.csv?lang=en');
    const rows = rowsOf(csv.text).filter((r) => r['challenge_id'] === open.challengeId);
    expect(rows.map((r) => [r['idea'], r['votes']])).toEqual([['Une idée ouverte', '1']]);
    expect(rowsOf(csv.text).find((r) => r['idea_id'] === blindIdea)!['votes']).toBe('');
  });
});

const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id venues { id } } }`;
const inDays = (days: number, hour = 18) => {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

async function makeEvent(capacity: number) {
  const organizer = await signUp(t, { role: Role.FACILITATOR });
  const res = await t.gql(
    CREATE_EVENT,
    {
      input: {
        title: 'Soirée des défis',
        description: 'On cuisine ensemble, puis on travaille les défis.',
        format: 'WORKSHOP',
        startsAt: inDays(10, 17),
        endsAt: inDays(10, 21),
        timezone: 'Europe/Paris',
        venues: [{ name: 'La Cantine', city: 'Brest', capacity }],
      },
    },
    organizer.headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const { id, venues } = res.data!.createEvent;
  const published = await t.gql(
    `mutation($id: ID!) { publishEvent(id: $id) { id } }`,
    { id },
    organizer.headers,
  );
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return { id, venueId: venues[0].id as string, organizer };
}

const register = (who: Account, e: string, v: string) =>
  t.gql(
    `mutation($e: ID!, $v: ID!) { registerForEvent(eventId: $e, venueId: $v) { id status } }`,
    { e, v },
    who.headers,
  );

describe('event exports', () => {
  it('registrants per venue as CSV for organizers only, display names without emails; the report as Markdown', async () => {
    const event = await makeEvent(1);
    const [a, b] = [await signUp(t), await signUp(t)];
    await register(a, event.id, event.venueId);
    await register(b, event.id, event.venueId);

    const csv = await get(`/events/${event.id}/registrations.csv?lang=en`, event.organizer);
    expect(csv.status).toBe(200);
    const rows = rowsOf(csv.text);
    expect(rows.map((r) => [r['status'], r['place in line']])).toEqual([
      ['Confirmed', ''],
      ['Waitlisted', '1'],
    ]);
    expect(csv.text).not.toContain('@test.example');
    expect((await get(`/events/${event.id}/registrations.csv`, a)).status).toBe(403);
    expect((await get(`/events/${event.id}/registrations.csv`)).status).toBe(401);

    const report = await get(`/events/${event.id}/report.md?lang=fr`);
    expect(report.status).toBe(200);
    expect(report.text).toContain('# Soirée des défis');
    expect(report.text).toContain('**La Cantine**: Brest · 1 inscrits');
    expect(report.text).toContain('Pas encore de compte rendu.');
  });
});

describe('legal notice', () => {
  it('states the session length and the open data licence; operator parts are null until configured', async () => {
    const res = await t.gql(
      `{ legalNotice { publisher host contact publicUrl sessionDays openDataLicence openDataLicenceUrl } }`,
    );
    expect(res.data!.legalNotice).toEqual({
      publisher: null,
      host: null,
      contact: null,
      publicUrl: expect.stringMatching(/^http/),
      sessionDays: 30,
      openDataLicence: expect.stringContaining('Etalab'),
      openDataLicenceUrl: expect.stringMatching(/^https:/),
    });
  });
});

describe('public profile', () => {
  const PROFILE = `query($id: ID!) { user(id: $id) { showActivity ideas(first: 10) { edges { node { title } } }
    comments(first: 10) { edges { node { body } } } } }`;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const titles = (res: GraphQLResponse<Record<string, any>>) =>
    res.data!.user.ideas?.edges.map((e: { node: { title: string } }) => e.node.title) ?? null;

  it('lists ideas and comments only once the person allowed it, never hidden ones or drafts', async () => {
    const { holder, challengeId } = await board();
    const draft = await board({ status: ChallengeStatus.DRAFT });
    const me = await signUp(t);
    const visible = await propose(me, challengeId, 'Une idée publique');
    const hidden = await propose(me, challengeId, 'Une idée masquée');
    await hideIdea(holder, hidden);
    await comment(me, visible, 'Un commentaire public');
    const rude = await comment(me, visible, 'Un commentaire masqué');
    await hideComment(holder, rude);
    // A draft's idea, proposed while its holder let them in, stays out of sight.
    await t.dataSource.query(`UPDATE challenges SET status = 'OPEN' WHERE id = $1`, [draft.challengeId]);
    await propose(me, draft.challengeId, 'Une idée de brouillon');
    await t.dataSource.query(`UPDATE challenges SET status = 'DRAFT' WHERE id = $1`, [draft.challengeId]);

    // Off by default: nobody else sees the lists; the person sees their own.
    const before = await t.gql(PROFILE, { id: me.id });
    expect(before.data!.user).toEqual({ showActivity: null, ideas: null, comments: null });
    const own = await t.gql(PROFILE, { id: me.id }, me.headers);
    expect(own.data!.user.showActivity).toBe(false);
    expect(titles(own)).toEqual(expect.arrayContaining(['Une idée publique', 'Une idée masquée']));

    const allowed = await t.gql(
      `mutation { updateProfile(input: { showActivity: true }) { showActivity } }`,
      {},
      me.headers,
    );
    expect(allowed.data!.updateProfile.showActivity).toBe(true);
    const after = await t.gql(PROFILE, { id: me.id });
    expect(titles(after)).toEqual(['Une idée publique']);
    expect(after.data!.user.comments.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual([
      'Un commentaire public',
    ]);
  });
});

const DELETE = `mutation($p: String!) { deleteAccount(password: $p) }`;

describe('personal data', () => {
  it('gives the signed-in person everything about them and nobody else’s email; 401 signed out', async () => {
    const { holder, challengeId } = await board();
    const me = await signUp(t);
    const idea = await propose(me, challengeId, 'Mon idée à moi');
    await vote(holder, idea);
    await vote(me, idea);
    await comment(holder, idea, 'Bravo');
    await comment(me, idea, 'Merci !');
    await t.gql(`mutation($id: ID!) { followChallenge(id: $id) { id } }`, { id: challengeId }, me.headers);

    expect((await get('/account/export.json')).status).toBe(401);
    const res = await get('/account/export.json', me);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const data = JSON.parse(res.text);
    expect(data.profile).toMatchObject({ id: me.id, email: me.email });
    expect(data.ideas.map((i: { title: string }) => i.title)).toEqual(['Mon idée à moi']);
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual(['Merci !']);
    expect(data.votes).toEqual([expect.objectContaining({ ideaId: idea })]);
    expect(data.follows).toEqual([expect.objectContaining({ challengeId })]);
    expect(data.notifications.length).toBeGreaterThan(0);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(res.text).not.toContain(holder.email);
    expect(res.text).not.toMatch(/token|password/i);
  });
});

describe('deleteAccount', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const me = await signUp(t);
    const res = await t.gql(DELETE, { p: 'not my password' }, me.headers);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(field(res)).toBe('password');
    expect((await t.gql(`{ me { id email } }`, {}, me.headers)).data!.me).toEqual({
      id: me.id,
      email: me.email,
    });
    expect(code(await t.gql(DELETE, { p: PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('removes what is personal, keeps ideas (a former member’s) and votes, frees the place and promotes the line', async () => {
    const { holder, challengeId } = await board();
    const [me, other, waiting] = [await signUp(t), await signUp(t), await signUp(t)];
    const idea = await propose(me, challengeId, 'Une idée qui reste');
    await Promise.all([vote(me, idea), vote(other, idea)]);
    await comment(me, idea, 'Un commentaire qui reste');
    await t.gql(`mutation($id: ID!) { followChallenge(id: $id) { id } }`, { id: challengeId }, me.headers);
    await comment(other, idea, 'Une réponse qui me notifie');
    const event = await makeEvent(1);
    expect((await register(me, event.id, event.venueId)).data!.registerForEvent.status).toBe('CONFIRMED');
    expect((await register(waiting, event.id, event.venueId)).data!.registerForEvent.status).toBe(
      'WAITLISTED',
    );

    const res = await t.gql(DELETE, { p: PASSWORD }, me.headers);
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteAccount).toBe(true);

    // The session is over, and signing in is impossible.
    expect(code(await t.gql(`{ me { id } }`, {}, me.headers))).toBe('UNAUTHENTICATED');
    expect(code(await signIn(t, me.email))).toBe('UNAUTHENTICATED');
    // The idea and the comment stay, shown as a former member's; the votes stay counted.
    const seen = await t.gql(
      `query($id: ID!) { idea(id: $id) { title voteCount author { displayName formerMember bio } comments(first: 10) { edges { node { body author { formerMember } } } } } }`,
      { id: idea },
      holder.headers,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.idea).toMatchObject({
      title: 'Une idée qui reste',
      voteCount: 2,
      author: { displayName: 'Ancien membre', formerMember: true, bio: null },
    });
    expect(seen.data!.idea.comments.edges.map((e: { node: { body: string } }) => e.node.body)).toContain(
      'Un commentaire qui reste',
    );
    const english = await t.gql(
      `query($id: ID!) { idea(id: $id) { author { displayName } } }`,
      { id: idea },
      {
        'accept-language': 'en',
      },
    );
    expect(english.data!.idea.author.displayName).toBe('Former member');
    await expectCountersMatchRows(t, challengeId);
    // The place went to the first in line; no registration, follow or notification of theirs is left.
    const [left] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM registrations WHERE user_id = $1) AS registrations,
              (SELECT count(*)::int FROM challenge_follows WHERE user_id = $1) AS follows,
              (SELECT count(*)::int FROM notifications WHERE user_id = $1) AS notifications,
              (SELECT count(*)::int FROM sessions WHERE user_id = $1 AND revoked_at IS NULL) AS sessions,
              (SELECT count(*)::int FROM mail_outbox WHERE user_id = $1) AS mails,
              (SELECT status FROM registrations WHERE user_id = $2) AS waiting,
              (SELECT confirmed_count FROM venues WHERE id = $3) AS confirmed,
              (SELECT email FROM users WHERE id = $1) AS email,
              (SELECT count(*)::int FROM audit_entries WHERE actor_id = $1 AND action = 'account.delete') AS audited`,
      [me.id, waiting.id, event.venueId],
    );
    expect(left).toEqual({
      registrations: 0,
      follows: 0,
      notifications: 0,
      sessions: 0,
      mails: 0,
      waiting: 'CONFIRMED',
      confirmed: 1,
      email: null,
      audited: 1,
    });
    // Nobody notifies a former member.
    await comment(other, idea, 'Encore une réponse');
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [me.id])
      )[0].n,
    ).toBe(0);
    // The address can sign up again, as a new person.
    const again = await signUp(t, { email: me.email });
    expect(again.id).not.toBe(me.id);
  });

  it('keeps the last admin, even when two admins delete their accounts at once', async () => {
    // A board-wide rule: on a database of its own, so that no other test's admins count.
    const iso = await startTestApp({
      DATABASE_URL: process.env['OUIMAKE_TEST_ISOLATED_DATABASE_URL']!,
      SEED_DEMO: 'false',
    });
    try {
      await iso.dataSource.query(`UPDATE users SET role = 'MEMBER' WHERE role = 'ADMIN'`);
      const [a, b] = [await signUp(iso, { role: Role.ADMIN }), await signUp(iso, { role: Role.ADMIN })];
      const results = await Promise.all([a, b].map((p) => iso.gql(DELETE, { p: PASSWORD }, p.headers)));
      expect(results.map((r) => code(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const [{ n }] = await iso.dataSource.query(
        `SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN' AND deleted_at IS NULL`,
      );
      expect(n).toBe(1);
    } finally {
      await iso.close();
    }
  });

  it('counts a deletion once and keeps capacities exact while others register at the same time', async () => {
    const event = await makeEvent(5);
    const leavers = await Promise.all(Array.from({ length: 5 }, () => signUp(t)));
    for (const p of leavers) await register(p, event.id, event.venueId);
    const newcomers = await Promise.all(Array.from({ length: 12 }, () => signUp(t)));
    const results = await Promise.all([
      ...leavers.map((p) => t.gql(DELETE, { p: PASSWORD }, p.headers)),
      ...leavers.map((p) => t.gql(DELETE, { p: PASSWORD }, p.headers)),
      ...newcomers.map((p) => register(p, event.id, event.venueId)),
    ]);
    const deletions = results.slice(0, 10);
    expect(deletions.filter((r) => r.data?.deleteAccount === true)).toHaveLength(5);
    for (const r of deletions.filter((d) => d.errors)) {
      expect(['UNAUTHENTICATED', 'NOT_FOUND']).toContain(code(r));
    }
    const [state] = await t.dataSource.query(
      `SELECT v.confirmed_count AS counted,
              (SELECT count(*)::int FROM registrations r WHERE r.venue_id = v.id AND r.status = 'CONFIRMED') AS confirmed,
              (SELECT count(*)::int FROM registrations r WHERE r.venue_id = v.id AND r.status = 'WAITLISTED') AS waiting
         FROM venues v WHERE v.id = $1`,
      [event.venueId],
    );
    expect(state).toEqual({ counted: 5, confirmed: 5, waiting: 7 });
  });
});
