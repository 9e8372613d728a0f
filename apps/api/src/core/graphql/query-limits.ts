import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

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
