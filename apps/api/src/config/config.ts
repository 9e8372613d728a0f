import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
  ValidationError,
} from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const NODE_ENVS = ['development', 'production', 'test'] as const;
/** How live events are executed: once per audience (default) or, for comparison, once per subscriber. */

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

/**
 * The environment variables the server reads, each validated at boot. Every one is documented in
 * the README's configuration table; keep the two in step.
 */
export class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number between 1 and 65535' })
  @Min(1, { message: 'must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'must be a whole number between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  /** Unset: the server runs its own embedded PostgreSQL (PGlite) in DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number between 1 and 100' })
  @Min(1, { message: 'must be a whole number between 1 and 100' })
  @Max(100, { message: 'must be a whole number between 1 and 100' })
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of every Redis key and channel, so that several boards may share one Redis. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9:_-]{1,40}$/, {
    message: 'must be 1 to 40 letters, digits, colons, dashes or underscores',
  })
  REDIS_PREFIX?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  /** Required with DATABASE_URL; generated and kept in DATA_DIR in the embedded mode. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SEED_DEMO?: boolean;

  /** With DATABASE_URL: the seeded demo people get the demo password too (a public demo server). */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  DEMO_SIGN_IN?: boolean;

  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'must be an http:// or https:// URL' },
  )
  PUBLIC_URL?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsIn(NODE_ENVS, { message: `must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV?: (typeof NODE_ENVS)[number];

  /** smtp:// or smtps:// URL of the mail server; unset: messages are written as .eml files to DATA_DIR/outbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** How often each instance looks for emails to send, digests and reminders to queue; 0 stops it (tests). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds, 0 to 600000' })
  @Min(0, { message: 'must be a whole number of milliseconds, 0 to 600000' })
  @Max(600_000, { message: 'must be a whole number of milliseconds, 0 to 600000' })
  MAIL_POLL_MS?: number;

  /** The sender of every email, e.g. "Ouimake <bonjour@example.org>". */
  @IsOptional()
  @Matches(/^[^\r\n]{3,200}$/, { message: 'must be an address such as "Ouimake <bonjour@example.org>"' })
  MAIL_FROM?: string;

  /** The legal notice: who publishes the board (a name and address), who hosts it, how to reach them. */
  @IsOptional()
  @Matches(/^[^\r\n]{2,300}$/, { message: 'must be one line of 2 to 300 characters' })
  LEGAL_PUBLISHER?: string;

  @IsOptional()
  @Matches(/^[^\r\n]{2,300}$/, { message: 'must be one line of 2 to 300 characters' })
  LEGAL_HOST?: string;

  @IsOptional()
  @Matches(/^[^\r\n]{3,200}$/, { message: 'must be one line: an email address or a web address' })
  LEGAL_CONTACT?: string;

  /** Where to report a vulnerability, published in /.well-known/security.txt (RFC 9116). */
  @IsOptional()
  @Matches(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, {
    message: 'must be a mailto: address or an https:// URL',
  })
  SECURITY_CONTACT?: string;

  /** Comma-separated emails that are admins, at sign-up and at every start. */
  @IsOptional()
  @Matches(/^\s*[^\s,@]+@[^\s,@]+(\s*,\s*[^\s,@]+@[^\s,@]+)*\s*,?\s*$/, {
    message: 'must be a comma-separated list of email addresses',
  })
  ADMIN_EMAILS?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of days between 1 and 365' })
  @Min(1, { message: 'must be a whole number of days between 1 and 365' })
  @Max(365, { message: 'must be a whole number of days between 1 and 365' })
  SESSION_TTL_DAYS?: number;

  /** Failed sign-ins allowed per account in the window before RATE_LIMITED. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of at least 1' })
  @Min(1, { message: 'must be a whole number of at least 1' })
  SIGNIN_FAILURES_PER_ACCOUNT?: number;

  /** Failed sign-ins allowed per client address in the window (successes are not counted). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of at least 1' })
  @Min(1, { message: 'must be a whole number of at least 1' })
  SIGNIN_FAILURES_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of minutes of at least 1' })
  @Min(1, { message: 'must be a whole number of minutes of at least 1' })
  SIGNIN_FAILURE_WINDOW_MINUTES?: number;

  /** Accounts that may be created from one client address per hour. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of at least 1' })
  @Min(1, { message: 'must be a whole number of at least 1' })
  SIGNUPS_PER_ADDRESS_PER_HOUR?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of at least 1' })
  @Min(1, { message: 'must be a whole number of at least 1' })
  WS_CONNECTIONS_PER_PERSON?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of at least 1' })
  @Min(1, { message: 'must be a whole number of at least 1' })
  WS_CONNECTIONS_PER_ADDRESS?: number;

  /** Express "trust proxy": false, true, or the number of proxies in front of the server. */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2})$/, { message: 'must be true, false or a number of proxies' })
  TRUST_PROXY?: string;

  /** Where the built board lives; the API serves it when the folder exists. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** false: every page goes out as the board's shell, rendered in the browser only. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SERVER_RENDERING?: boolean;

  /** A page not rendered within this time goes out as the bare shell. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(60_000)
  SERVER_RENDERING_TIMEOUT_MS?: number;
}

/** The validated, typed configuration the rest of the server reads. */
export class AppConfig {
  readonly port: number;
  readonly host: string;
  /** Set when the server talks to a PostgreSQL server; null in the embedded mode. */
  readonly databaseUrl: string | null;
  readonly databasePoolSize: number;
  readonly redisUrl: string | null;
  readonly redisPrefix: string;
  readonly dataDir: string;
  /** Null until resolveSecrets() ran in the embedded mode. */
  readonly jwtSecret: string | null;
  readonly seedDemo: boolean;
  /** The seeded demo people can sign in with the demo password. */
  readonly demoSignIn: boolean;
  readonly publicUrl: string;
  readonly logLevel: LogLevel;
  readonly production: boolean;
  readonly webDistDir: string;
  /** The public pages of a first visit are rendered on the server (dist/apps/web-ssr). */
  readonly serverRendering: boolean;
  readonly serverRenderingTimeoutMs: number;
  readonly adminEmails: readonly string[];
  /** Null: emails are written to DATA_DIR/outbox as .eml files. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** The legal notice's operator-specific parts; null where the operator has not said. */
  readonly legal: { publisher: string | null; host: string | null; contact: string | null };
  /** Null: no /.well-known/security.txt (see SECURITY.md). */
  readonly securityContact: string | null;
  /** 0: no background sending (tests flush the outbox themselves). */
  readonly mailPollMs: number;
  readonly sessionTtlDays: number;
  readonly rateLimits: {
    signinFailuresPerAccount: number;
    signinFailuresPerAddress: number;
    signinFailureWindowSeconds: number;
    signupsPerAddressPerHour: number;
  };
  readonly trustProxy: boolean | number;
  readonly wsConnectionsPerPerson: number;
  readonly wsConnectionsPerAddress: number;

  /** True when the server runs its own PostgreSQL (no DATABASE_URL), even once its address is known. */
  readonly embedded: boolean;

  constructor(values: Omit<AppConfig, 'withDatabaseUrl' | 'withJwtSecret'>) {
    Object.assign(this, values);
  }

  /** The same configuration pointed at a given database (the embedded server's address, in practice). */
  withDatabaseUrl(databaseUrl: string): AppConfig {
    return new AppConfig({ ...this, databaseUrl });
  }

  withJwtSecret(jwtSecret: string): AppConfig {
    return new AppConfig({ ...this, jwtSecret });
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[], env: Record<string, string | undefined>): string[] {
  return errors.map((e) => {
    const message = Object.values(e.constraints ?? {})[0] ?? 'is invalid';
    const given = env[e.property];
    const shown = e.property === 'JWT_SECRET' || e.property.endsWith('_URL') ? '' : ` (got "${given}")`;
    return `${e.property} ${message}${shown}`;
  });
}

/**
 * Reads and validates the environment. Throws a ConfigError naming every bad variable, so that
 * the server refuses to start rather than run half-configured.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') present[key] = value.trim();
  }
  const vars = plainToInstance(EnvironmentVariables, present, { excludeExtraneousValues: false });
  const problems = describe(validateSync(vars, { skipMissingProperties: false }), present);

  const databaseUrl = vars.DATABASE_URL ?? null;
  if (databaseUrl && !vars.JWT_SECRET && !problems.some((p) => p.startsWith('DATABASE_URL'))) {
    problems.push(
      'JWT_SECRET is required when DATABASE_URL is set (at least 32 characters; e.g. `openssl rand -hex 32`)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const port = vars.PORT ?? 3000;
  const production = vars.NODE_ENV === 'production';
  return new AppConfig({
    port,
    host: vars.HOST ?? '0.0.0.0',
    databaseUrl,
    embedded: databaseUrl === null,
    // PGlite runs one statement at a time in one session; its socket server can interleave the
    // extended-protocol messages of two connections, so the embedded database gets one connection.
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? (databaseUrl ? 10 : 1),
    redisUrl: vars.REDIS_URL ?? null,
    redisPrefix: vars.REDIS_PREFIX ?? 'ouimake',
    dataDir: resolve(vars.DATA_DIR ?? '.data'),
    jwtSecret: vars.JWT_SECRET ?? null,
    seedDemo: vars.SEED_DEMO ?? databaseUrl === null,
    demoSignIn: vars.DEMO_SIGN_IN ?? databaseUrl === null,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    logLevel: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' ? 'warn' : 'info'),
    production,
    webDistDir: resolve(vars.WEB_DIST_DIR ?? 'dist/apps/web'),
    serverRendering: vars.SERVER_RENDERING ?? true,
    serverRenderingTimeoutMs: vars.SERVER_RENDERING_TIMEOUT_MS ?? 2_000,
    adminEmails: (vars.ADMIN_EMAILS ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
    smtpUrl: vars.SMTP_URL ?? null,
    mailPollMs: vars.MAIL_POLL_MS ?? 2_000,
    mailFrom:
      vars.MAIL_FROM ?? `Ouimake <no-reply@${new URL(vars.PUBLIC_URL ?? 'http://localhost').hostname}>`,
    legal: {
      publisher: vars.LEGAL_PUBLISHER?.trim() || null,
      host: vars.LEGAL_HOST?.trim() || null,
      contact: vars.LEGAL_CONTACT?.trim() || null,
    },
    securityContact: vars.SECURITY_CONTACT ?? null,
    sessionTtlDays: vars.SESSION_TTL_DAYS ?? 30,
    rateLimits: {
      signinFailuresPerAccount: vars.SIGNIN_FAILURES_PER_ACCOUNT ?? 10,
      signinFailuresPerAddress: vars.SIGNIN_FAILURES_PER_ADDRESS ?? 100,
      signinFailureWindowSeconds: (vars.SIGNIN_FAILURE_WINDOW_MINUTES ?? 15) * 60,
      signupsPerAddressPerHour: vars.SIGNUPS_PER_ADDRESS_PER_HOUR ?? 200,
    },
    wsConnectionsPerPerson: vars.WS_CONNECTIONS_PER_PERSON ?? 20,
    wsConnectionsPerAddress: vars.WS_CONNECTIONS_PER_ADDRESS ?? 1000,
    trustProxy:
      vars.TRUST_PROXY === undefined || vars.TRUST_PROXY === 'false'
        ? false
        : vars.TRUST_PROXY === 'true'
          ? true
          : Number(vars.TRUST_PROXY),
  });
}

/**
 * In the embedded mode without JWT_SECRET, a secret is generated once and kept in DATA_DIR so that
 * tokens survive restarts. With a DATABASE_URL the secret is required (checked by loadConfig).
 */
export function resolveSecrets(config: AppConfig): AppConfig {
  if (config.jwtSecret) return config;
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return config.withJwtSecret(readFileSync(file, 'utf8').trim());
}
