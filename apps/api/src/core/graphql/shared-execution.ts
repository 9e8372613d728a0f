import { randomBytes } from 'node:crypto';
import type { Role } from '@ouimake/domain';
import {
  getNullableType,
  isLeafType,
  isNonNullType,
  responsePathAsArray,
  type ExecutionResult,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Loaders } from '../dataloader/loaders';
import type { RequestContext, Viewer } from './request-context';

/** A field's value for one person: their viewer (null signed out) and their loaders. */
export type PersonalValue<T> = (viewer: Viewer | null, loaders: Loaders) => T | Promise<T>;

interface Deferred {
  path: (string | number)[];
  type: GraphQLOutputType;
  value: PersonalValue<unknown>;
}

const executions = new WeakMap<object, SharedExecution>();

/** The shared execution a viewer stands for, when it is the placeholder of one (see {@link SharedExecution}). */
export function sharedExecutionOf(viewer: Viewer | null | undefined): SharedExecution | undefined {
  return viewer ? executions.get(viewer) : undefined;
}

/** Thrown by {@link SharedTemplate.render} when a person's own values cannot be filled in. */
class NotRenderable extends Error {}

/**
 * One execution of a live event for many signed-in people at once: those who sent the same
 * document, with the same role and the same grant on the channel. Everything they share is resolved
 * once; the fields that are each person's own (`viewerHasVoted`, `viewerVotesLeft`…) are declared
 * with {@link personal} and resolved afterwards for each person, in one batch for all of them.
 *
 * Safe by construction: the context's viewer is a placeholder. Reading who it is (`id`,
 * `sessionId`), the client's address, or a per-person loader outside {@link personal} marks the
 * execution as personal, and its result is thrown away: the event is then executed for each
 * person, as before.
 */
export class SharedExecution {
  /** Set when a resolver read something about the person outside {@link personal}. */
  personalRead: string | null = null;
  readonly viewer: Viewer;
  private readonly deferred: Deferred[] = [];

  /**
   * @param grant what every person of the execution may see on the channel (the same for all)
   * @param anonymousLoaders loaders of nobody in particular, for the placeholder values of
   *   personal fields during the shared execution
   */
  constructor(
    role: Role,
    readonly grant: unknown,
    private readonly anonymousLoaders: Loaders,
  ) {
    const mark = (what: string) => () => {
      this.personalRead ??= what;
      return '00000000-0000-0000-0000-000000000000';
    };
    this.viewer = Object.freeze({
      role,
      get id() {
        return mark('viewer.id')();
      },
      get sessionId() {
        return mark('viewer.sessionId')();
      },
    });
    executions.set(this.viewer, this);
  }

  /** The context the shared execution runs with. */
  context(locale: RequestContext['locale'], loaders: Loaders): RequestContext {
    const read = (what: string) => (this.personalRead ??= what);
    return {
      viewer: this.viewer,
      authError: null,
      locale,
      loaders,
      get clientAddress(): string {
        read('clientAddress');
        return '';
      },
    };
  }

  /** Records a personal field: its place in the result and how to resolve it for one person. */
  defer<T>(info: GraphQLResolveInfo, value: PersonalValue<T>): T | Promise<T> {
    if (!isLeafType(getNullableType(info.returnType)))
      throw new Error(
        `${info.parentType.name}.${info.fieldName}: only scalar and enum fields can be personal`,
      );
    this.deferred.push({ path: responsePathAsArray(info.path), type: info.returnType, value });
    return value(null, this.anonymousLoaders);
  }

  /**
   * The serialised result with a hole for each personal field, or null when it cannot be shared
   * (a personal read, or errors, which are then decided for each person).
   */
  template(result: ExecutionResult): SharedTemplate | null {
    if (this.personalRead || result.errors?.length || !result.data) return null;
    const nonce = `\u00a7${randomBytes(12).toString('hex')}:`;
    for (const [i, field] of this.deferred.entries()) {
      let at: unknown = result.data;
      for (const key of field.path.slice(0, -1)) at = (at as Record<string | number, unknown>)?.[key];
      if (!at || typeof at !== 'object') return null;
      (at as Record<string | number, unknown>)[field.path[field.path.length - 1]] = `${nonce}${i}`;
    }
    const text = JSON.stringify(result);
    const parts: string[] = [];
    const holes: Deferred[] = [];
    const pattern = new RegExp(`"${nonce}(\\d+)"`, 'g');
    let from = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(from, match.index));
      holes.push(this.deferred[Number(match[1])]);
      from = (match.index ?? 0) + match[0].length;
    }
    parts.push(text.slice(from));
    if (holes.length !== this.deferred.length) return null;
    return new SharedTemplate(parts, holes);
  }
}

/** A shared result with the holes of its personal fields, filled in for one person at a time. */
export class SharedTemplate {
  /** Payloads by their personal values: people with the same values share the same text. */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly parts: string[],
    private readonly holes: Deferred[],
  ) {}

  /** How many personal fields each person gets. */
  get personalFields(): number {
    return this.holes.length;
  }

  /**
   * The payload of each person, in their order: a text, or an error when one of their values
   * cannot be given as is (an error, a null where none may be).
   */
  async renderAll(people: { viewer: Viewer; loaders: Loaders }[]): Promise<(string | Error)[]> {
    const { parts, holes } = this;
    if (!holes.length) return people.map(() => parts[0]);
    // Each field for everyone at once: their reads batch into one query per field.
    const columns = await Promise.all(
      holes.map((hole) =>
        Promise.all(
          people.map(({ viewer, loaders }) => {
            try {
              return Promise.resolve(hole.value(viewer, loaders)).catch((e: unknown) => toError(e));
            } catch (e) {
              return toError(e);
            }
          }),
        ),
      ),
    );
    return people.map((_, p) => {
      try {
        let key = '';
        const serialized: string[] = [];
        for (let i = 0; i < holes.length; i++) {
          const value = columns[i][p];
          if (value instanceof Error) return value;
          serialized.push(serialize(holes[i], value));
          key += `${serialized[i]}\u0000`;
        }
        let text = this.texts.get(key);
        if (text === undefined) {
          text = parts[0];
          for (let i = 0; i < holes.length; i++) text += serialized[i] + parts[i + 1];
          this.texts.set(key, text);
        }
        return text;
      } catch (e) {
        return toError(e);
      }
    });
  }
}

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

function serialize(hole: Deferred, value: unknown): string {
  if (value === null || value === undefined) {
    if (isNonNullType(hole.type)) throw new NotRenderable(`${hole.path.join('.')} is null`);
    return 'null';
  }
  const type = getNullableType(hole.type);
  if (!isLeafType(type)) throw new NotRenderable(`${hole.path.join('.')} is not a leaf`);
  return JSON.stringify(type.serialize(value));
}

/**
 * A field whose value is the viewer's own (whether they voted, what they have left): resolved for
 * this request's viewer, or, when a live event is executed once for many people, afterwards for
 * each of them in one batch. `value` must read the person only through its arguments.
 */
export function personal<T>(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  value: PersonalValue<T>,
): T | Promise<T> {
  const shared = sharedExecutionOf(ctx.viewer);
  return shared ? shared.defer(info, value) : value(ctx.viewer, ctx.loaders);
}
