import { randomUUID } from 'node:crypto';
import { ChallengeStatus, ErrorCode } from '@ouimake/domain';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { PASSWORD, signUp, type Account } from './support/accounts';
import { createChallenge, createProject, uniq } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

// A bad-input corpus generated from the served schema: every String, ID, Int, Float, Boolean, enum,
// DateTime and cursor argument of every query and mutation, input object fields included, receives
// hostile values (one at a time, the other arguments valid) as a visitor, a participant and a
// holder. Whatever the value, the answer is a clear code of the contract: never HTTP 5xx, never
// INTERNAL_SERVER_ERROR, and BAD_USER_INPUT names its field. FC_SEED replays another corpus.

const SEED = Number(process.env['FC_SEED'] ?? 20261201);
/** Values tried per argument, each as one of the three people in turn. */
const PER_LEAF = 6;
/** Requests in flight at once. */
const PARALLEL = 4;
/** Acts that would end the people's sessions for the rest of the corpus. */
const SKIPPED = new Set(['deleteAccount']);
const CONTRACT = new Set<string>(Object.values(ErrorCode));

let t: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  t = await startTestApp({
    // One client address sends everything here: limits on it would only measure the corpus.
    SIGNIN_FAILURES_PER_ACCOUNT: '100000',
    SIGNUPS_PER_ADDRESS_PER_HOUR: '100000',
  });
  const res = await t.gql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(res.data as IntrospectionQuery);
});
afterAll(() => t.close());

interface People {
  visitor: Record<string, string>;
  participant: Record<string, string>;
  holder: Record<string, string>;
}

/** Real ids of every kind, so that a valid argument reaches the resolver's rules. */
type Ids = Record<string, string>;

async function firstId(table: string): Promise<string> {
  const rows = await t.dataSource.query(`SELECT id::text AS id FROM ${table} LIMIT 1`);
  return rows[0]?.id ?? randomUUID();
}

async function fixture(): Promise<{ people: People; ids: Ids; cursors: string[] }> {
  const holderAccount: Account = await signUp(t);
  const participant = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holderAccount.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
  const other = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
  const propose = `mutation($c: ID!, $t: String!) { proposeIdea(input: { challengeId: $c, title: $t, body: "" }) { id } }`;
  const ideas: string[] = [];
  for (const c of [challenge.id, challenge.id, other.id, other.id]) {
    const res = await t.gql(propose, { c, t: `Idée ${uniq()}` }, participant.headers);
    ideas.push(res.data!.proposeIdea.id);
  }
  const comment = await t.gql(
    `mutation($i: ID!) { addComment(input: { ideaId: $i, body: "Un commentaire" }) { id } }`,
    { i: ideas[0] },
    participant.headers,
  );
  // Cursors of other lists: the second challenge's ideas, and the projects.
  const cursors: string[] = [];
  const otherIdeas = await t.gql(
    `query($c: ID!) { challenge(id: $c) { ideas(first: 1) { pageInfo { endCursor } } } }`,
    {
      c: other.id,
    },
  );
  cursors.push(otherIdeas.data?.challenge.ideas.pageInfo.endCursor);
  const projects = await t.gql(`{ projects(first: 1) { pageInfo { endCursor } } }`);
  cursors.push(projects.data?.projects.pageInfo.endCursor);
  const ids: Ids = {
    challenge: challenge.id,
    idea: ideas[0],
    project: project.id,
    user: participant.id,
    comment: comment.data?.addComment.id ?? randomUUID(),
    event: await firstId('events'),
    venue: await firstId('venues'),
    registration: await firstId('registrations'),
    report: await firstId('reports'),
    resource: await firstId('challenge_resources'),
    notification: await firstId('notifications'),
  };
  return {
    people: { visitor: {}, participant: participant.headers, holder: holderAccount.headers },
    ids,
    cursors: cursors.filter(Boolean),
  };
}

/** The kind of id an argument names: `ideaId` an idea, `id` of `updateEvent` an event. */
function idFor(name: string, operation: string, ids: Ids): string {
  const named = /^(\w+?)Ids?$/.exec(name)?.[1];
  const kinds = Object.keys(ids);
  const pick = (s: string) => kinds.find((k) => s.toLowerCase().includes(k));
  const kind =
    (named &&
    named !== 'parent' &&
    named !== 'source' &&
    named !== 'target' &&
    named !== 'host' &&
    named !== 'selectedIdea'
      ? pick(named)
      : undefined) ??
    (named === 'selectedIdea' || named === 'source' || named === 'target' ? 'idea' : undefined) ??
    (named === 'host' ? 'user' : undefined) ??
    (named === 'parent' ? 'comment' : undefined) ??
    pick(operation);
  return kind ? ids[kind] : randomUUID();
}

const VALID_STRINGS: Record<string, string> = {
  email: 'corpus@example.org',
  password: PASSWORD,
  url: 'https://example.org/ressource',
  website: 'https://example.org',
  onlineUrl: 'https://example.org/visio',
  timezone: 'Europe/Paris',
  language: 'fr',
  code: 'ABCD-EFGH',
  token: 'not-a-token',
};

/** A valid value of a type, for the arguments not under test. */
function validValue(type: GraphQLInputType, name: string, operation: string, ids: Ids, depth = 0): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name, operation, ids, depth);
  if (isListType(type)) return [validValue(type.ofType, name, operation, ids, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      out[field.name] = validValue(field.type, field.name, operation, ids, depth + 1);
    }
    return out;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return idFor(name, operation, ids);
    case 'Int':
      return name === 'first' ? 2 : 5;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return name.startsWith('ends') ? '2031-01-01T20:00:00Z' : '2031-01-01T18:00:00Z';
    default:
      return VALID_STRINGS[name] ?? `Texte valide ${name}`;
  }
}

const rng = (seed: number) => ({ seed, numRuns: 3 });
const generated = {
  strings: fc.sample(fc.string({ unit: 'binary', maxLength: 60 }), rng(SEED)),
  graphemes: fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), rng(SEED + 1)),
  numbers: fc.sample(
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    rng(SEED + 2),
  ),
};

const HOSTILE_TEXT: unknown[] = [
  '',
  '   ',
  null,
  'x'.repeat(100_000),
  '🙂'.repeat(5_000),
  'a\u0000b',
  '\u200B\u200C\u200D\u2060',
  '\u202Eexe.txt',
  '\u2066isolated\u2069',
  'bell\u0007',
  'two\nlines\r\n',
  'lone \uD800',
  '\uDC00',
  'Cafe\u0301',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE users; --",
  '%s%n%x',
  '../../etc/passwd',
  'NaN',
  '-1',
  '1e309',
  '{"a":1}',
  42,
  true,
  [],
  {},
  ...generated.strings,
  ...generated.graphemes,
];

const hostileIds = (ids: Ids): unknown[] => [
  '',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  randomUUID(),
  randomUUID().toUpperCase(),
  ` ${ids['challenge']} `,
  ids['challenge'],
  ids['idea'],
  ids['user'],
  "1' OR '1'='1",
  'a\u0000b',
  'x'.repeat(10_000),
  '\uD800',
  null,
  -1,
  1e21,
  [],
  {},
];

const HOSTILE_NUMBERS: unknown[] = [
  -1,
  0,
  1.5,
  2147483647,
  2147483648,
  -2147483649,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  '1',
  'NaN',
  'Infinity',
  null,
  true,
  [],
  ...generated.numbers,
];

const HOSTILE_DATES: unknown[] = [
  'tomorrow',
  '2026-02-30T10:00:00Z',
  '2026-12-03T18:30:00',
  '2026-12-03',
  '0000-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59Z',
  '2000-01-01T00:00:00Z',
  '2026-12-03T18:30:00+99:00',
  '',
  1_700_000_000_000,
  null,
  {},
];

const hostileEnum = (type: GraphQLEnumType): unknown[] => [
  'NOPE',
  type.getValues()[0].value.toLowerCase(),
  '',
  '__proto__',
  1,
  null,
  [type.getValues()[0].value, 'NOPE'],
];

function deep(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

const hostileObjects = (): unknown[] => [null, {}, 'text', [], { nope: 1 }, deep(40), deep(2_000)];

function hostileFor(type: GraphQLInputType, name: string, ctx: { ids: Ids; cursors: string[] }): unknown[] {
  const named = getNamedType(type);
  const lists: unknown[] = isListType(isNonNullType(type) ? type.ofType : type)
    ? [[], [null], Array.from({ length: 1_000 }, () => randomUUID()), [[1]]]
    : [];
  if (name === 'after' || name === 'before') {
    const [cursor] = ctx.cursors;
    return [...ctx.cursors, cursor ? `${cursor.slice(0, -2)}xx` : '', 'a.b', 'x'.repeat(5_000), '', null, 42];
  }
  if (isInputObjectType(named)) return [...hostileObjects(), ...lists];
  if (isEnumType(named)) return [...hostileEnum(named), ...lists];
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return [...hostileIds(ctx.ids), ...lists];
      case 'Int':
      case 'Float':
        return [...HOSTILE_NUMBERS, ...lists];
      case 'Boolean':
        return ['true', 1, null, {}, ...lists];
      case 'DateTime':
        return [...HOSTILE_DATES, ...lists];
      default:
        return [...HOSTILE_TEXT, ...lists];
    }
  }
  return HOSTILE_TEXT;
}

interface Case {
  operation: string;
  document: string;
  variables: Record<string, unknown>;
  role: keyof People;
  label: string;
}

/** Paths to every argument and input field, with their types. */
function leaves(
  type: GraphQLInputType,
  path: string[],
  depth = 0,
): { path: string[]; type: GraphQLInputType }[] {
  const out = [{ path, type }];
  const named = getNamedType(type);
  if (isInputObjectType(named) && depth < 3) {
    for (const field of Object.values(named.getFields())) {
      const inner = isListType(isNonNullType(type) ? type.ofType : type) ? [...path, '0'] : path;
      out.push(...leaves(field.type, [...inner, field.name], depth + 1));
    }
  }
  return out;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let holder: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (holder[key] === null || typeof holder[key] !== 'object') holder[key] = {};
    holder = holder[key] as Record<string, unknown>;
  }
  holder[path[path.length - 1]] = value;
  return copy;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
}

function casesFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ctx: { ids: Ids; cursors: string[] },
): Case[] {
  const args: readonly GraphQLArgument[] = field.args;
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `${kind} Corpus(${declared}) { ${field.name}(${passed})${selection(field)} }`;
  const valid: Record<string, unknown> = {};
  for (const a of args) valid[a.name] = validValue(a.type, a.name, field.name, ctx.ids);
  const roles: (keyof People)[] = ['visitor', 'participant', 'holder'];
  const cases: Case[] = [];
  let n = 0;
  for (const arg of args) {
    for (const leaf of leaves(arg.type, [arg.name])) {
      const name = leaf.path[leaf.path.length - 1];
      const pool = hostileFor(leaf.type, name, ctx);
      const picked = fc.sample(fc.constantFrom(...pool), { seed: SEED + n, numRuns: PER_LEAF });
      picked.forEach((value, i) => {
        cases.push({
          operation: field.name,
          document,
          variables: setAt(valid, leaf.path, value),
          role: roles[(n + i) % 3],
          label: `${field.name} ${leaf.path.join('.')} = ${JSON.stringify(value)?.slice(0, 60)}`,
        });
      });
      n++;
    }
  }
  return cases;
}

it('answers every hostile argument of every operation with a clear code of the contract', async () => {
  const ctx = await fixture();
  const cases: Case[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.args.length === 0 || SKIPPED.has(field.name) || field.name.startsWith('__')) continue;
      cases.push(...casesFor(kind, field, ctx));
    }
  }
  // Mutations last, reads first: what a mutation changes never hides a read's failure.
  expect(cases.length).toBeGreaterThan(500);

  const failures: string[] = [];
  const codes = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < cases.length; i = next++) {
      const c = cases[i];
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ctx.people[c.role] },
        body: JSON.stringify({ query: c.document, variables: c.variables }),
      });
      const text = await res.text();
      const where = `${c.label} as ${c.role}`;
      if (res.status >= 500) {
        failures.push(`${where}: HTTP ${res.status} ${text.slice(0, 200)}`);
        continue;
      }
      let body: { errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
      try {
        body = JSON.parse(text);
      } catch {
        failures.push(`${where}: HTTP ${res.status}, not JSON: ${text.slice(0, 120)}`);
        continue;
      }
      for (const e of body.errors ?? []) {
        const code = e.extensions?.code ?? 'none';
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === ErrorCode.INTERNAL_SERVER_ERROR || !CONTRACT.has(code)) {
          failures.push(`${where}: ${code} ${e.message.slice(0, 160)}`);
        } else if (code === ErrorCode.BAD_USER_INPUT && !e.extensions?.field) {
          failures.push(`${where}: BAD_USER_INPUT without a field: ${e.message.slice(0, 160)}`);
        }
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Corpus: ${cases.length} hostile requests in ${seconds} s (seed ${SEED}); codes ${JSON.stringify(Object.fromEntries(codes))}\n`,
  );
  expect(failures).toEqual([]);
}, 240_000);
