import { Role } from '@ouimake/domain';
import { AuthService } from '../../../apps/api/src/core/auth/auth.service';
import { UserEntity } from '../../../apps/api/src/modules/users/user.entity';
import { uniq } from './factories';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery';

export interface Account {
  id: string;
  email: string;
  token: string;
  headers: Record<string, string>;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email role } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id role } } }`;

/** Signs up a new person through the API; `role` is then granted directly in the database. */
export async function signUp(
  t: TestApp,
  options: { role?: Role; email?: string; address?: string } = {},
): Promise<Account> {
  const email = options.email ?? `${uniq('p')}@test.example`;
  const res = await t.gql(
    SIGN_UP,
    { input: { email, password: PASSWORD, displayName: `Personne ${uniq()}` } },
    options.address ? { 'x-forwarded-for': options.address } : {},
  );
  if (res.errors) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  const { token, user } = res.data!.signUp;
  if (options.role && options.role !== Role.MEMBER) {
    await t.dataSource.getRepository(UserEntity).update({ id: user.id }, { role: options.role });
  }
  return { id: user.id, email, token, headers: bearer(token) };
}

export async function signIn(t: TestApp, email: string, password = PASSWORD, address?: string) {
  return t.gql(SIGN_IN, { input: { email, password } }, address ? { 'x-forwarded-for': address } : {});
}

/**
 * Many people at once, without the cost of hashing a password each (for crowd tests): their rows
 * are written directly and their sessions opened by the server's own AuthService.
 */
export async function crowd(t: TestApp, count: number): Promise<Account[]> {
  const auth = t.app.get(AuthService);
  const users = await t.dataSource.getRepository(UserEntity).save(
    Array.from({ length: count }, () => {
      const tag = uniq('c');
      return { email: `${tag}@test.example`, displayName: `Personne ${tag}`, role: Role.MEMBER };
    }),
  );
  return Promise.all(
    users.map(async (u) => {
      const token = await auth.openSession(t.dataSource.manager, u.id);
      return { id: u.id, email: u.email, token, headers: bearer(token) };
    }),
  );
}
