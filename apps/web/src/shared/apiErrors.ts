import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ErrorCode } from '@ouimake/domain';

/** One error the API answered with, as the board reads it: its code and, for bad input, the field. */
export interface ApiError {
  code: ErrorCode | null;
  /** The input field at fault (`extensions.field`), for BAD_USER_INPUT and CONFLICT. */
  field: string | null;
  /** Seconds to wait before trying again, when a RATE_LIMITED error says so. */
  retryAfterSeconds: number | null;
}

const codes = new Set<string>(Object.values(ErrorCode));

/** The GraphQL errors inside what Apollo Client reports; empty for a network failure. */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map(({ extensions }) => {
    const code = extensions?.['code'];
    const field = extensions?.['field'];
    const retryAfter = extensions?.['retryAfterSeconds'];
    return {
      code: typeof code === 'string' && codes.has(code) ? (code as ErrorCode) : null,
      field: typeof field === 'string' ? field : null,
      retryAfterSeconds: typeof retryAfter === 'number' && retryAfter > 0 ? retryAfter : null,
    };
  });
}

/** The first API error with one of `wanted` codes, if any. */
export function findApiError(error: unknown, ...wanted: ErrorCode[]): ApiError | undefined {
  return apiErrors(error).find((e) => e.code !== null && wanted.includes(e.code));
}

/** Whether the API refused the request's token (UNAUTHENTICATED, or a plain HTTP 401). */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return findApiError(error, ErrorCode.UNAUTHENTICATED) !== undefined;
}
