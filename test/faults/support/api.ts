// A small client of the running server, for fault tests: GraphQL over HTTP with a timeout, and
// people made directly in the database with tokens signed by the server's secret.
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';

export const SECRET = 'fault-test-secret-0123456789abcdef0123456789';

export interface Reply {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  ms: number;
  retryAfter: string | null;
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 15_000,
): Promise<Reply> {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return {
    status: res.status,
    body: await res.json(),
    ms: Date.now() - started,
    retryAfter: res.headers.get('retry-after'),
  };
}

export async function status(url: string, path: string): Promise<number> {
  try {
    return (await fetch(`${url}${path}`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0; // Refused: the process is not listening.
  }
}

/** People who can act at once, without hashing a password each: rows and sessions written directly. */
export async function people(
  databaseUrl: string,
  count: number,
  role = 'MEMBER',
): Promise<{ id: string; token: string }[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const out: { id: string; token: string }[] = [];
    for (let i = 0; i < count; i += 500) {
      const batch = Array.from({ length: Math.min(500, count - i) }, () => ({
        id: randomUUID(),
        sid: randomUUID(),
      }));
      await db.query(
        `INSERT INTO users (id, email, display_name, role)
         SELECT id, id::text || '@fault.example', 'Personne ' || left(id::text, 8), $2::user_role FROM unnest($1::uuid[]) AS id`,
        [batch.map((b) => b.id), role],
      );
      await db.query(
        `INSERT INTO sessions (id, user_id, expires_at)
         SELECT s, u, now() + interval '1 day' FROM unnest($1::uuid[], $2::uuid[]) AS t(s, u)`,
        [batch.map((b) => b.sid), batch.map((b) => b.id)],
      );
      for (const b of batch)
        out.push({
          id: b.id,
          token: jwt.sign({ sub: b.id, sid: b.sid }, SECRET, { algorithm: 'HS256', expiresIn: 3600 }),
        });
    }
    return out;
  } finally {
    await db.end();
  }
}

/** A project held by `holder` with an open challenge (budget `voteBudget`) and `ideas` ideas. */
export async function openChallenge(
  url: string,
  holder: string,
  ideas: number,
  voteBudget: number | null = null,
): Promise<{ challengeId: string; ideaIds: string[] }> {
  const project = await gql(
    url,
    `mutation { createProject(input: { name: "Tiers-lieu ${randomUUID().slice(0, 8)}", summary: "Pour les tests de pannes." }) { id } }`,
    {},
    holder,
  );
  const projectId = project.body.data!.createProject.id as string;
  const challenge = await gql(
    url,
    `mutation($p: ID!, $b: Int) { createChallenge(input: { projectId: $p, title: "Comment tenir pendant une panne ?", description: "Un défi pour les tests de pannes.", voteBudget: $b, publish: true }) { id } }`,
    { p: projectId, b: voteBudget },
    holder,
  );
  const challengeId = challenge.body.data!.createChallenge.id as string;
  const ideaIds: string[] = [];
  for (let i = 0; i < ideas; i++) {
    const idea = await gql(
      url,
      `mutation($c: ID!, $t: String!) { proposeIdea(input: { challengeId: $c, title: $t, body: "" }) { id } }`,
      { c: challengeId, t: `Idée numéro ${i + 1}` },
      holder,
    );
    ideaIds.push(idea.body.data!.proposeIdea.id as string);
  }
  return { challengeId, ideaIds };
}

/** Counters equal the rows they count, over the whole database. */
export async function invariants(databaseUrl: string): Promise<Record<string, number>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT
         (SELECT count(*)::int FROM ideas i WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)) AS idea_votes,
         (SELECT count(*)::int FROM vote_tallies vt
            WHERE vt.used <> (SELECT count(*) FROM votes v WHERE v.challenge_id = vt.challenge_id AND v.user_id = vt.user_id)) AS tallies,
         (SELECT count(*)::int FROM vote_tallies vt JOIN challenges c ON c.id = vt.challenge_id
            WHERE c.vote_budget IS NOT NULL AND vt.used > c.vote_budget) AS over_budget,
         (SELECT count(*)::int FROM challenges c
            WHERE c.idea_count <> (SELECT count(*) FROM ideas i WHERE i.challenge_id = c.id AND NOT i.hidden AND i.status <> 'MERGED')) AS idea_count`,
    );
    return rows[0];
  } finally {
    await db.end();
  }
}
