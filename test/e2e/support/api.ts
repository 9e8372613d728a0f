import { baseUrl } from './browser';

/** The demo people's password (the embedded database's demo data). */
export const DEMO_PASSWORD = 'ouimake-demo';

/** One GraphQL request to the server under test; a refusal fails the test with the API's errors. */
export async function api<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`API refused: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** A session token of a demo person. */
export async function tokenOf(email: string): Promise<string> {
  const { signIn } = await api<{ signIn: { token: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return signIn.token;
}
