import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { normalizeText, textProblem } from '../validation/text';

/** How deeply variables may nest objects and lists; the deepest input of the schema needs 4. */
export const MAX_INPUT_DEPTH = 16;

/** How many items one list of the variables may hold (the longest legitimate list is far shorter). */
export const MAX_LIST_ITEMS = 500;

/** Why a request's text is refused: a message for people and the field at fault. */
export interface TextRefusal {
  message: string;
  field?: string;
}

/** The argument or input field each variable is passed to: `body: $b` makes `$b` a body. */
function variableUses(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  visit(document, {
    Argument(node) {
      if (node.value.kind === Kind.VARIABLE) uses.set(node.value.name.value, node.name.value);
    },
    ObjectField(node) {
      if (node.value.kind === Kind.VARIABLE) uses.set(node.value.name.value, node.name.value);
    },
  });
  return uses;
}

function refusalFor(value: string, field: string): TextRefusal | null {
  if (value.includes('\u0000')) return { message: 'Text may not contain the NUL character.', field };
  const problem = textProblem(value, field);
  return problem ? { message: problem, field } : null;
}

/**
 * Checks every text of the variables (see textProblem: NUL, lone surrogates, invisible-only text,
 * control and bidi characters where they do not belong) and normalises it to NFC in place.
 * Iterative, with limits on depth and list length: no nesting can overflow the stack, and no list
 * makes coercion report thousands of errors.
 */
export function guardVariables(
  variables: Record<string, unknown>,
  uses: Map<string, string> = new Map(),
): TextRefusal | null {
  const stack: {
    holder: Record<string, unknown> | unknown[];
    key: string | number;
    field: string;
    depth: number;
  }[] = Object.keys(variables).map((key) => ({
    holder: variables,
    key,
    field: uses.get(key) ?? key,
    depth: 1,
  }));
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { holder, key, field, depth } = item;
    const value = (holder as Record<string | number, unknown>)[key];
    if (typeof value === 'string') {
      const refusal = refusalFor(value, field);
      if (refusal) return refusal;
      const normal = normalizeText(value, field);
      if (normal !== value) (holder as Record<string | number, unknown>)[key] = normal;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { message: 'The variables are nested too deeply.', field };
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        return { message: `At most ${MAX_LIST_ITEMS} items in one list, please.`, field };
      }
      value.forEach((_, i) => stack.push({ holder: value, key: i, field, depth: depth + 1 }));
    } else {
      for (const k of Object.keys(value)) {
        stack.push({ holder: value as Record<string, unknown>, key: k, field: k, depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * The same checks over the text literals of a document. Returns the document with its literals in
 * NFC (a new one when any changed: parsed documents are cached and shared).
 */
export function guardDocument(document: DocumentNode): {
  refusal: TextRefusal | null;
  document: DocumentNode;
} {
  let refusal: TextRefusal | null = null;
  let changed = false;
  const check = (value: ValueNode, field: string): void => {
    if (refusal) return;
    if (value.kind === Kind.STRING) refusal = refusalFor(value.value, field);
    else if (value.kind === Kind.LIST) value.values.forEach((v) => check(v, field));
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => check(f.value, f.name.value));
  };
  visit(document, {
    Argument(node) {
      check(node.value, node.name.value);
      return false;
    },
  });
  if (refusal) return { refusal, document };
  const normalized = visit(document, {
    StringValue(node) {
      const normal = node.value.normalize('NFC');
      if (normal === node.value) return undefined;
      changed = true;
      return { ...node, value: normal };
    },
  });
  return { refusal: null, document: changed ? normalized : document };
}

/** Checks a document and its variables; the variables are normalised in place. */
export function guardText(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): { refusal: TextRefusal | null; document: DocumentNode } {
  const inDocument = guardDocument(document);
  if (inDocument.refusal) return inDocument;
  const refusal = variables ? guardVariables(variables, variableUses(document)) : null;
  return { refusal, document: inDocument.document };
}

function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), http: { status: 400 } },
  });
}

/**
 * Over HTTP, after parsing and validation and before anything runs (errors here are the
 * client's): subscriptions are refused (they are served over WebSocket), then the text of the
 * document and variables is checked and normalised (see {@link guardText}).
 */
export const textGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation(requestContext) {
        const operation = requestContext.operation as OperationDefinitionNode | undefined;
        if (operation?.operation === 'subscription') {
          throw new GraphQLError(
            'Subscriptions are served over WebSocket (graphql-ws on /graphql), not over HTTP.',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        }
        const { refusal, document } = guardText(requestContext.document, requestContext.request.variables);
        if (refusal) throw badInput(refusal.message, refusal.field);
        if (document !== requestContext.document) {
          (requestContext as { document: DocumentNode }).document = document;
        }
      },
    };
  },
};
