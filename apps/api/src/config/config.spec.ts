import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, resolveSecrets } from './config';

const SECRET = 'x'.repeat(40);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded mode on port 3000 with demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.embedded).toBe(true);
    expect(config.seedDemo).toBe(true);
    expect(config.dataDir).toBe(join(process.cwd(), '.data'));
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.databasePoolSize).toBe(1);
  });

  it('does not seed a PostgreSQL server unless SEED_DEMO says so', () => {
    const base = { DATABASE_URL: 'postgres://u@db:5432/app', JWT_SECRET: SECRET };
    expect(loadConfig(base).seedDemo).toBe(false);
    expect(loadConfig({ ...base, SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number between 1 and 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a postgres/],
    [{ REDIS_URL: 'localhost:6379' }, /^REDIS_URL must be a redis/],
    [{ SEED_DEMO: 'maybe' }, /^SEED_DEMO must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ PUBLIC_URL: 'ftp://x' }, /^PUBLIC_URL must be an http/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 characters/],
    [{ DATABASE_URL: 'postgres://u@db/app' }, /^JWT_SECRET is required when DATABASE_URL is set/],
    [{ ADMIN_EMAILS: 'alice, bob@x.org' }, /^ADMIN_EMAILS must be a comma-separated list of email addresses/],
    [
      { SIGNIN_FAILURES_PER_ADDRESS: '0' },
      /^SIGNIN_FAILURES_PER_ADDRESS must be a whole number of at least 1/,
    ],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY must be true, false or a number of proxies/],
  ])('refuses %p with a message naming the variable', (env, message) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('never echoes secrets or URLs that may hold passwords', () => {
    const problems = problemsOf({ JWT_SECRET: 'hunter2', DATABASE_URL: 'mysql://root:pw@x' });
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problems.join('\n')).not.toContain(':pw@');
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ PORT: '0', LOG_LEVEL: 'x' })).toHaveLength(2);
  });

  it('reads admin emails case-insensitively and rate limits with documented defaults', () => {
    const config = loadConfig({ ADMIN_EMAILS: ' Alice@Example.org ,bob@x.org,', TRUST_PROXY: '1' });
    expect(config.adminEmails).toEqual(['alice@example.org', 'bob@x.org']);
    expect(config.rateLimits).toEqual({
      signinFailuresPerAccount: 10,
      signinFailuresPerAddress: 100,
      signinFailureWindowSeconds: 900,
      signupsPerAddressPerHour: 200,
    });
    expect(config.trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('stays in the embedded mode once the embedded database has an address', () => {
    const config = loadConfig({}).withDatabaseUrl('postgres://postgres@127.0.0.1:5555/postgres');
    expect(config.embedded).toBe(true);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5555/postgres');
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z', JWT_SECRET: SECRET }).embedded).toBe(false);
  });

  it('reads the legal notice from LEGAL_* on one line each, null when unsaid', () => {
    expect(loadConfig({}).legal).toEqual({ publisher: null, host: null, contact: null });
    const config = loadConfig({
      LEGAL_PUBLISHER: 'Association La Ruche, 1 rue de Siam, Brest',
      LEGAL_HOST: 'Scaleway, Paris',
      LEGAL_CONTACT: 'bonjour@laruche.example',
    });
    expect(config.legal).toEqual({
      publisher: 'Association La Ruche, 1 rue de Siam, Brest',
      host: 'Scaleway, Paris',
      contact: 'bonjour@laruche.example',
    });
    expect(problemsOf({ LEGAL_PUBLISHER: 'La Ruche\nInjected: header' })).toEqual([
      expect.stringMatching(/^LEGAL_PUBLISHER /),
    ]);
  });

  it('reads SECURITY_CONTACT as a mailto: or https:// address, null when unsaid', () => {
    expect(loadConfig({}).securityContact).toBeNull();
    expect(loadConfig({ SECURITY_CONTACT: 'mailto:security@laruche.example' }).securityContact).toBe(
      'mailto:security@laruche.example',
    );
    expect(loadConfig({ SECURITY_CONTACT: 'https://laruche.example/security' }).securityContact).toBe(
      'https://laruche.example/security',
    );
    for (const bad of ['security@laruche.example', 'http://laruche.example', 'mailto:x@y\nInjected: 1']) {
      expect(problemsOf({ SECURITY_CONTACT: bad })).toEqual([expect.stringMatching(/^SECURITY_CONTACT /)]);
    }
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ' }).embedded).toBe(true);
  });
});

describe('resolveSecrets', () => {
  it('generates a secret once in the data folder and keeps it across starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ouimake-config-'));
    const first = resolveSecrets(loadConfig({ DATA_DIR: dir }));
    const second = resolveSecrets(loadConfig({ DATA_DIR: dir }));
    expect(first.jwtSecret).toHaveLength(64);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('keeps a given JWT_SECRET', () => {
    expect(resolveSecrets(loadConfig({ JWT_SECRET: SECRET })).jwtSecret).toBe(SECRET);
  });
});
