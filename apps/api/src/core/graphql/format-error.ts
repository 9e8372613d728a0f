import { ErrorCode } from '@ouimake/domain';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GraphQLError, parse, visit, type GraphQLFormattedError, type ValueNode } from 'graphql';
import { currentRequestId } from '../http/request-id';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from '../database/unavailable';
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
  error(details: { err: unknown; path?: readonly (string | number)[]; requestId: string }, msg: string): void;
}

export interface FormatErrorOptions {
  /** Drop "Did you mean ...?" from validation messages: they describe the schema (production). */
  hideSuggestions?: boolean;
  /** The id an internal error is answered and logged with; by default the HTTP request's. */
  requestId?: () => string;
}

/** The error a resolver threw, beneath the GraphQLErrors that wrap it. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * `Variable "$first" got invalid value ...` names the variable, and `... at "input.closesAt"` the
 * input field within it (`venues.0.startsAt` within a list): the field at fault.
 */
export function fieldFromMessage(message: string): string | undefined {
  const at = /^Variable "\$\w+" got invalid value .*? at "\w+((?:\.\w+|\[\d+\])+)"; /s.exec(message)?.[1];
  if (at) return at.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  return /Variable "\$(\w+)"/.exec(message)?.[1] ?? /[Aa]rgument "(\w+)"/.exec(message)?.[1];
}

/**
 * The argument or input field a literal of the document was given for, found by its position in
 * the document: `closesAt` in `input: { closesAt: "tomorrow" }`.
 */
export function fieldFromNodes(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || !error.nodes?.[0]?.loc) return undefined;
  const target = error.nodes[0].loc.start;
  let found: string | undefined;
  const search = (value: ValueNode, argument: string, path: string[]): void => {
    if (found) return;
    if (value.loc?.start === target) {
      found = path.length ? path.join('.') : argument;
      return;
    }
    if (value.kind === 'ListValue') value.values.forEach((v, i) => search(v, argument, [...path, String(i)]));
    if (value.kind === 'ObjectValue') {
      value.fields.forEach((f) => search(f.value, argument, [...path, f.name.value]));
    }
  };
  try {
    visit(parse(error.source, { noLocation: false }), {
      Argument(node) {
        search(node.value, node.name.value, []);
      },
    });
  } catch {
    return undefined;
  }
  return found;
}

const SUGGESTION = / ?Did you mean .+\?$/s;

/**
 * Maps every error to one of the contract's codes. Domain errors keep their code and field; errors
 * of a malformed request become BAD_USER_INPUT; anything else is logged and reported as
 * INTERNAL_SERVER_ERROR with a message that leaks nothing of the server's insides.
 */
export function createFormatError(logger: ErrorLogger, options: FormatErrorOptions = {}) {
  const requestId = options.requestId ?? (() => currentRequestId() ?? randomUUID());
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const message = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    const base = { message, locations: formatted.locations, path: formatted.path };

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
    // graphql-js gives up on variables after 50 errors with an error of no code: still the client's.
    const givenUp = formatted.message.startsWith('Too many errors processing variables');
    if ((code && CLIENT_CODES.has(code)) || givenUp) {
      const given = formatted.extensions?.field;
      const field =
        typeof given === 'string' ? given : (fieldFromMessage(formatted.message) ?? fieldFromNodes(error));
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } };
    }
    if (code && CONTRACT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { field } = formatted.extensions ?? {};
      return { ...base, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
    }

    // The database is unreachable (stopped, restarting, cut off): nothing is wrong with the
    // request; it may be sent again in a few seconds (HTTP 503 with Retry-After).
    if (formatted.extensions?.databaseUnavailable === true || isDatabaseUnavailable(original)) {
      const id = requestId();
      logger.error({ err: original, path: formatted.path, requestId: id }, 'Database unreachable');
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        extensions: {
          code: ErrorCode.INTERNAL_SERVER_ERROR,
          requestId: id,
          retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
        },
      };
    }

    // Nothing of the error reaches the client: only an id to quote, under which it is logged.
    const id = requestId();
    logger.error(
      { err: original, path: formatted.path, requestId: id },
      'Unexpected error while resolving a request',
    );
    return {
      message: `Something went wrong on our side. Please try again; if it goes on, quote ${id}.`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: id },
    };
  };
}

/**
 * The server's formatError: unexpected errors are logged once, through pino as one JSON line, with
 * the request id the client was given, the field path and the stack.
 */
export function loggedFormatError(options: Omit<FormatErrorOptions, 'requestId'> = {}) {
  const logger = new Logger('GraphQL');
  return createFormatError(
    {
      error: ({ err, path, requestId }, msg) =>
        logger.error({ msg, requestId, path: path ?? [], err: err instanceof Error ? err : String(err) }),
    },
    options,
  );
}
