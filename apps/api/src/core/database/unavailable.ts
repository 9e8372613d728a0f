import { GraphQLError } from 'graphql';
import { ErrorCode } from '@ouimake/domain';

/** Seconds a client is asked to wait before trying again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node's network errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

/**
 * Whether an error says the database cannot be reached right now (refused, cut, shutting down,
 * starting up), rather than that a query was wrong: such a request may simply be tried again.
 * PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator intervention) and the
 * pg driver's own messages for a connection that ended or timed out.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { code, message, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || code.startsWith('08') || code.startsWith('57P'))
    )
      return true;
    if (
      typeof message === 'string' &&
      /^(Connection terminated|timeout expired|Client has encountered a connection error|Connection terminated due to connection timeout)/.test(
        message,
      )
    )
      return true;
    e = driverError ?? cause;
  }
  return false;
}

/** What a client is told when the database cannot be reached: try again shortly (HTTP 503). */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The board cannot reach its database right now. Please try again in a few seconds.';

/** The error a request gets when the database is unreachable before its operation even ran. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      databaseUnavailable: true,
      http: { status: 503, headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) },
    },
  });
}
