import { ErrorCode } from '@ouimake/domain';

/**
 * Every failure the domain knows about. Services throw it; the GraphQL layer maps it once to
 * `extensions.code` (and `extensions.field` for bad input). Messages are written for people.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** More machine-readable detail for clients, e.g. `retryAfterSeconds` with RATE_LIMITED. */
    readonly details?: Record<string, string | number | boolean>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}
