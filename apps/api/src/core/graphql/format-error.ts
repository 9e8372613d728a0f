import { ErrorCode } from '@ouimake/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { TOO_COMPLEX_PREFIX } from './query-limits';

/** Apollo's own codes for a request that is malformed: the client's fault, said as BAD_USER_INPUT. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);
const CONTRACT_CODES = new Set<string>(Object.values(ErrorCode));

export interface ErrorLogger {
  error(details: { err: unknown; path?: readonly (string | number)[] }, msg: string): void;
}

/** The error a resolver threw, beneath the GraphQLErrors that wrap it. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** `Variable "$first" got invalid value ...` names the variable: the field at fault. */
function fieldFromMessage(message: string): string | undefined {
  return /Variable "\$(\w+)"/.exec(message)?.[1] ?? /[Aa]rgument "(\w+)"/.exec(message)?.[1];
}

/**
 * Maps every error to one of the contract's codes. Domain errors keep their code and field; errors
 * of a malformed request become BAD_USER_INPUT; anything else is logged and reported as
 * INTERNAL_SERVER_ERROR with a message that leaks nothing of the server's insides.
 */
export function createFormatError(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...(original.details ?? {}),
        },
      };
    }

    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (formatted.message.startsWith(TOO_COMPLEX_PREFIX)) {
      return { ...base, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    if (code && CLIENT_CODES.has(code)) {
      const given = formatted.extensions?.field;
      const field = typeof given === 'string' ? given : fieldFromMessage(formatted.message);
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } };
    }
    if (code && CONTRACT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { field } = formatted.extensions ?? {};
      return { ...base, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
    }

    logger.error({ err: original, path: formatted.path }, 'Unexpected error while resolving a request');
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
