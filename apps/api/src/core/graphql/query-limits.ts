import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * The most tokens a document may have before the parser gives up (the board's largest query has a
 * few hundred): a document nested thousands deep is refused before any recursion could overflow.
 */
export const MAX_TOKENS = 5_000;

/** How deeply braces, brackets and parentheses may nest in a document's text (the board needs ~12). */
export const MAX_NESTING = 64;

/**
 * How deeply a document's text nests, read in one pass without parsing (strings, block strings and
 * comments skipped), so that a document nested thousands deep is refused before the parser, which
 * recurses, could overflow the stack.
 */
export function textNesting(query: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '"') {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) if (query[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > max) max = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return max;
}

/** Messages of refused documents start with this; formatError turns them into QUERY_TOO_COMPLEX. */
export const TOO_COMPLEX_PREFIX = 'Query too complex:';

function tooComplex(what: string) {
  return [
    (ctx: ValidationContext | null) => {
      ctx?.reportError(new GraphQLError(`${TOO_COMPLEX_PREFIX} ${what}. Ask for less in one request.`));
    },
  ];
}

/**
 * Limits on what one document may ask, applied over HTTP and WebSocket alike: depth (a board page
 * with ideas, their comments and authors needs 8), cost, and aliases (which could repeat an
 * expensive field many times). Introspection is not limited here; it is off in production.
 */
export function queryLimitRules(): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: false } as const;
  return [
    maxDepthRule({
      n: 10,
      ignoreIntrospection: true,
      ...common,
      onReject: tooComplex('it is nested too deeply'),
    }),
    costLimitRule({
      maxCost: 20_000,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      ...common,
      onReject: tooComplex('it would cost too much to answer'),
    }),
    maxAliasesRule({ n: 15, ...common, onReject: tooComplex('it uses too many aliases') }),
  ] as ValidationRule[];
}
