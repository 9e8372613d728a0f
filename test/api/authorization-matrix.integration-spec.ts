// The authorization matrix: every mutation of the emitted schema, run by each kind of person,
// with the outcome each must get. A mutation without a row here fails the suite, so the matrix
// grows with every feature.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@ouimake/domain';
import { buildSchema } from 'graphql';
import { PASSWORD, signUp, type Account } from './support/accounts';
import { createProject, uniq } from './support/factories';
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
  await createProject(t.dataSource, {}, [holderUser]);
  return { accounts: { member, otherMember, holder, facilitator, admin }, target };
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
