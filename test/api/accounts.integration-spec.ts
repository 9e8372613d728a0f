import { Role } from '@ouimake/domain';
import { JwtService } from '@nestjs/jwt';
import { AuditEntryEntity } from '../../apps/api/src/modules/audit/audit-entry.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { bearer, PASSWORD, signIn, signUp } from './support/accounts';
import { uniq } from './support/factories';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';

const ME = '{ me { id email role displayName city bio } }';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email role displayName city } } }`;
const ADMIN_EMAIL = 'chief@test.example';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    ADMIN_EMAILS: `${ADMIN_EMAIL}, other.chief@test.example`,
    TRUST_PROXY: 'true',
    SIGNIN_FAILURES_PER_ACCOUNT: '4',
    SIGNIN_FAILURES_PER_ADDRESS: '6',
    SIGNUPS_PER_ADDRESS_PER_HOUR: '60',
  });
});
afterAll(() => t.close());

const users = () => t.dataSource.getRepository(UserEntity);
const address = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe('signUp', () => {
  it('creates the account, hashes the password with argon2id at OWASP cost, and signs in', async () => {
    const email = `${uniq('Ana')}@Test.Example`;
    const res = await t.gql(SIGN_UP, {
      input: { email: `  ${email} `, password: PASSWORD, displayName: '  Ana   Le Roux ', city: 'Brest' },
    });
    expect(res.errors).toBeUndefined();
    const { token, user } = res.data!.signUp;
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      role: 'MEMBER',
      displayName: 'Ana Le Roux',
      city: 'Brest',
    });

    const me = await t.gql(ME, {}, bearer(token));
    expect(me.data!.me).toMatchObject({ id: user.id, email: email.toLowerCase() });

    const row = await users()
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it('refuses a second account with the same email in another case, and creates nothing', async () => {
    const email = `${uniq('dup')}@test.example`;
    await signUp(t, { email });
    const res = await t.gql(SIGN_UP, {
      input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'Double' },
    });
    expect(res.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'email' });
    expect(await users().countBy({ displayName: 'Double' })).toBe(0);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ password: 'short' }, 'password'],
    [{ password: 'x'.repeat(129) }, 'password'],
    [{ displayName: ' A ' }, 'displayName'],
    [{ displayName: 'x'.repeat(61) }, 'displayName'],
    [{ city: 'x'.repeat(81) }, 'city'],
  ])('refuses %p with BAD_USER_INPUT on %s and creates nothing', async (override, field) => {
    const marker = `Valide ${uniq()}`;
    const input = { email: `${uniq()}@test.example`, password: PASSWORD, displayName: marker, ...override };
    const res = await t.gql(SIGN_UP, { input });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await users().countBy({ email: input.email })).toBe(0);
  });

  it('cannot be given a role, an id or any field the input does not have', async () => {
    const res = await t.gql(SIGN_UP, {
      input: { email: `${uniq()}@test.example`, password: PASSWORD, displayName: 'Malin', role: 'ADMIN' },
    });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('does not make an admin of whoever signs up first with an address of ADMIN_EMAILS', async () => {
    // The address must be verified first (the link of the email; test/api/notifications covers it).
    const res = await t.gql(SIGN_UP, {
      input: { email: ADMIN_EMAIL.toUpperCase(), password: PASSWORD, displayName: 'Cheffe' },
    });
    expect(res.data!.signUp.user.role).toBe('MEMBER');
  });

  it('lets a workshop room of 40 people behind one address sign up and sign in at once', async () => {
    const room = address();
    const people = await Promise.all(Array.from({ length: 40 }, () => signUp(t, { address: room })));
    const results = await Promise.all(people.map((p) => signIn(t, p.email, PASSWORD, room)));
    expect(results.filter((r) => r.errors)).toEqual([]);
  });
});

describe('signIn', () => {
  it('answers an unknown email and a wrong password identically', async () => {
    const known = await signUp(t);
    const wrong = await signIn(t, known.email, 'wrong password!', address());
    const unknown = await signIn(t, `${uniq()}@test.example`, 'wrong password!', address());
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(unknown.errors?.[0]).toEqual({ ...wrong.errors?.[0] });
  });

  it('blocks an account after too many failures, even with the right password, from any address', async () => {
    const victim = await signUp(t);
    for (let i = 0; i < 4; i++) {
      expect((await signIn(t, victim.email, 'nope nope nope', address())).errors?.[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const blocked = await signIn(t, victim.email, PASSWORD, address());
    expect(blocked.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].message).toMatch(/try again in \d+ minute/);
    const retry = (blocked.errors?.[0].extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
  });

  it('counts failures per address, not successes', async () => {
    const room = address();
    const people = await Promise.all(Array.from({ length: 10 }, () => signUp(t)));
    for (const p of people) expect((await signIn(t, p.email, PASSWORD, room)).errors).toBeUndefined();
    for (let i = 0; i < 6; i++) {
      expect((await signIn(t, people[i].email, 'typo typo typo', room)).errors?.[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await signIn(t, people[9].email, PASSWORD, room)).errors?.[0].extensions.code).toBe(
      'RATE_LIMITED',
    );
    expect((await signIn(t, people[9].email, PASSWORD, address())).errors).toBeUndefined();
  });

  it('counts exactly under parallel failures: never more wrong guesses than the limit', async () => {
    const victim = await signUp(t);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => signIn(t, victim.email, 'parallel guess', address())),
    );
    const codes = results.map((r) => r.errors?.[0].extensions.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(4);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(8);
  });
});

describe('tokens', () => {
  it('stop working at once when signed out, on this and on every other instance', async () => {
    const other = await startTestApp();
    try {
      const p = await signUp(t);
      expect((await other.gql(ME, {}, p.headers)).data!.me.id).toBe(p.id);
      expect((await t.gql('mutation { signOut }', {}, p.headers)).data).toEqual({ signOut: true });
      for (const app of [t, other]) {
        const res = await app.gql(ME, {}, p.headers);
        expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      // Another session of the same person is untouched.
      const again = await signIn(t, p.email);
      expect((await other.gql(ME, {}, bearer(again.data!.signIn.token))).data!.me.id).toBe(p.id);
    } finally {
      await other.close();
    }
  });

  it.each([
    ['garbage', 'Bearer not.a.token'],
    [
      'a token signed with another secret',
      `Bearer ${new JwtService({ secret: 'x'.repeat(40) }).sign({ sub: '00000000-0000-4000-8000-000000000000', sid: '00000000-0000-4000-8000-000000000000' })}`,
    ],
    [
      'an expired token',
      `Bearer ${new JwtService({ secret: TEST_SECRET }).sign({ sub: 'a', sid: 'b', exp: Math.floor(Date.now() / 1000) - 10 })}`,
    ],
    [
      'a signed token for a session that does not exist',
      `Bearer ${new JwtService({ secret: TEST_SECRET }).sign({ sub: '00000000-0000-4000-8000-000000000000', sid: '00000000-0000-4000-8000-000000000000' })}`,
    ],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with UNAUTHENTICATED, even on public fields', async (_, header) => {
    const res = await t.gql('{ challenges(first: 1) { totalCount } }', {}, { authorization: header });
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('are not needed for public reads, and me is null without one', async () => {
    const res = await t.gql(`{ me { id } challenges(first: 1) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toBeNull();
  });
});

describe('profiles', () => {
  const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio city email } }`;

  it('are edited by their owner only, with validation', async () => {
    const p = await signUp(t);
    const res = await t.gql(
      UPDATE,
      { input: { displayName: 'Gwen Morvan', bio: 'Couturière.', city: ' Quimper ' } },
      p.headers,
    );
    expect(res.data!.updateProfile).toMatchObject({
      id: p.id,
      displayName: 'Gwen Morvan',
      bio: 'Couturière.',
      city: 'Quimper',
      email: p.email,
    });

    const cleared = await t.gql(UPDATE, { input: { bio: '   ', city: null } }, p.headers);
    expect(cleared.data!.updateProfile).toMatchObject({ displayName: 'Gwen Morvan', bio: null, city: null });

    const bad = await t.gql(UPDATE, { input: { displayName: 'G', bio: 'kept?' } }, p.headers);
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect((await t.gql(ME, {}, p.headers)).data!.me.bio).toBeNull();

    const anonymous = await t.gql(UPDATE, { input: { bio: 'x' } });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('show the email to the person and to admins only', async () => {
    const p = await signUp(t);
    const other = await signUp(t);
    const admin = await signUp(t, { role: Role.ADMIN });
    const q = `query($id: ID!) { user(id: $id) { id email displayName } }`;
    expect((await t.gql(q, { id: p.id })).data!.user.email).toBeNull();
    expect((await t.gql(q, { id: p.id }, other.headers)).data!.user.email).toBeNull();
    expect((await t.gql(q, { id: p.id }, p.headers)).data!.user.email).toBe(p.email);
    expect((await t.gql(q, { id: p.id }, admin.headers)).data!.user.email).toBe(p.email);
    expect((await t.gql(q, { id: 'nope' })).data!.user).toBeNull();
  });
});

describe('roles', () => {
  const SET_ROLE = `mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }`;

  it('are granted by admins, end the person’s sessions and are written in the audit log', async () => {
    const admin = await signUp(t, { role: Role.ADMIN });
    const p = await signUp(t);
    const res = await t.gql(SET_ROLE, { userId: p.id, role: 'FACILITATOR' }, admin.headers);
    expect(res.data!.setUserRole).toEqual({ id: p.id, role: 'FACILITATOR' });
    expect((await t.gql(ME, {}, p.headers)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const fresh = await signIn(t, p.email);
    expect(fresh.data!.signIn.user.role).toBe('FACILITATOR');

    const entry = await t.dataSource.getRepository(AuditEntryEntity).findOneByOrFail({ targetId: p.id });
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: 'user.setRole',
      targetType: 'User',
      detail: 'MEMBER → FACILITATOR',
    });
    const log = await t.gql(
      '{ auditLog(first: 100) { edges { node { action targetId actor { id } } } } }',
      {},
      admin.headers,
    );
    const nodes = log.data!.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toContainEqual({ action: 'user.setRole', targetId: p.id, actor: { id: admin.id } });
  });

  it('are refused to everyone but admins, and change nothing then', async () => {
    const p = await signUp(t);
    for (const role of [Role.MEMBER, Role.FACILITATOR]) {
      const actor = await signUp(t, { role });
      const res = await t.gql(SET_ROLE, { userId: p.id, role: 'ADMIN' }, actor.headers);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(SET_ROLE, { userId: p.id, role: 'ADMIN' })).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await users().findOneByOrFail({ id: p.id })).role).toBe(Role.MEMBER);
  });

  it('never leave the board without an admin, even when two admins demote each other at once', async () => {
    // A board-wide rule: on a database of its own, so that no other test's admins count.
    const iso = await startTestApp({
      DATABASE_URL: process.env['OUIMAKE_TEST_ISOLATED_DATABASE_URL']!,
      SEED_DEMO: 'false',
    });
    try {
      const isoUsers = iso.dataSource.getRepository(UserEntity);
      await isoUsers.update({ role: Role.ADMIN }, { role: Role.MEMBER });
      const a = await signUp(iso, { role: Role.ADMIN });
      const b = await signUp(iso, { role: Role.ADMIN });
      const [ra, rb] = await Promise.all([
        iso.gql(SET_ROLE, { userId: b.id, role: 'MEMBER' }, a.headers),
        iso.gql(SET_ROLE, { userId: a.id, role: 'MEMBER' }, b.headers),
      ]);
      const outcomes = [ra, rb].map((r) => r.errors?.[0].extensions.code ?? 'OK').sort();
      expect(await isoUsers.countBy({ role: Role.ADMIN })).toBe(1);
      expect(outcomes).toContain('OK');
      // The loser either meets the rule or, demoted first, finds its session ended.
      expect(
        outcomes.filter((o) => o !== 'OK').every((o) => o === 'CONFLICT' || o === 'UNAUTHENTICATED'),
      ).toBe(true);

      // The one admin left cannot step down either.
      const remaining = await isoUsers.findOneByOrFail({ role: Role.ADMIN });
      const signedIn = await signIn(iso, remaining.email!);
      const alone = await iso.gql(
        SET_ROLE,
        { userId: remaining.id, role: 'MEMBER' },
        bearer(signedIn.data!.signIn.token),
      );
      expect(alone.errors?.[0].extensions.code).toBe('CONFLICT');
    } finally {
      await iso.close();
    }
  });

  it('list people for admins only, searchable by name or email', async () => {
    const admin = await signUp(t, { role: Role.ADMIN });
    const p = await signUp(t);
    const q = `query($query: String) { users(query: $query, first: 5) { totalCount edges { node { id email } } } }`;
    const found = await t.gql(q, { query: p.email.slice(0, 10).toUpperCase() }, admin.headers);
    expect(found.data!.users.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(p.id);
    expect((await t.gql(q, {}, p.headers)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
