import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Locale } from '@ouimake/domain';
import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { WebSocket } from 'ws';
import { LoadersFactory, type LoaderScope } from '../dataloader/loaders';
import type { RequestContext, SocketOperation, Viewer } from '../graphql/request-context';
import { SharedExecution } from '../graphql/shared-execution';
import { PUB_SUB } from '../pubsub/pubsub.module';

/** A socket further behind than this is closed (1013, try again later); the board reconnects and refetches. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** How often the members present on a channel are refreshed (for presence kept elsewhere, e.g. Redis). */
export const HEARTBEAT_MS = 20_000;

/** The least a live event is: its kind, for logs. */
export interface LiveEvent {
  kind: string;
}

/**
 * What decides, for every event, who on a channel receives it. The feature that owns the channel
 * gives it; the engine calls it once per event for every signed-in viewer watching on this
 * instance, so that a right lost since subscribing is lost at the next event.
 */
export interface ChannelAccess<E extends LiveEvent, G> {
  /** What a signed-out watcher may see. */
  readonly anonymous: G;
  /**
   * What each of these viewers may see now, by session id, in one batched read. A session missing
   * from the answer has ended (sign-out, role change, expiry): its sockets are closed with 4403.
   * The returned viewer carries the person's current role.
   */
  refresh(viewers: readonly Viewer[]): Promise<Map<string, { viewer: Viewer; grant: G }>>;
  /** Whether an event goes to a viewer (null: signed out) with this grant. */
  delivers(event: E, viewer: Viewer | null, grant: G): boolean;
}

/** Who is present on a channel, kept by the feature (for instance across instances in Redis). */
export interface ChannelPresence {
  join(member: string): Promise<void>;
  leave(member: string): Promise<void>;
  heartbeat(members: string[]): Promise<void>;
}

export interface Watch<E extends LiveEvent, G> {
  /** The PubSub channel the events come from. */
  channel: string;
  ctx: RequestContext;
  /** The subscriber's grant when subscribing (checked again at every event). */
  grant: G;
  access: ChannelAccess<E, G>;
  presence?: ChannelPresence;
  /**
   * The first event a new watcher receives, once its subscription is in place (the events that
   * follow cannot be missed any more): the client catches up then with whatever happened between
   * its page's query and that moment.
   */
  welcome?: () => Promise<E>;
  /**
   * Events that say "this changed, show it as it is now" (a count): those of the same key still
   * waiting for their turn are one, delivered once, in the first one's place. What an event shows is
   * read when it is delivered, so nothing is lost: a burst on one idea costs one delivery per turn,
   * not one per vote, and the queue cannot grow beyond the distinct keys. Null: never merged.
   */
  merge?: (event: E) => string | null;
}

interface Member {
  socket: WebSocket;
  /** The message's start up to its payload, with this subscription's id. */
  head: string;
}

/**
 * Subscribers who receive the same bytes: the same document, variables and operation, for the same
 * viewer (or signed out) and language. Each event is executed once and serialised once for all.
 */
interface Audience<G> {
  key: string;
  /** The document, variables, operation and language: what decides the bytes besides the person. */
  documentKey: string;
  viewer: Viewer | null;
  grant: G;
  locale: Locale;
  clientAddress: string;
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variableValues: Record<string, unknown> | null | undefined;
  formatError: SocketOperation['formatError'];
  members: Set<Member>;
}

/** One channel on this instance: subscribed once to the PubSub, whatever the watchers. */
interface Channel<E extends LiveEvent, G> {
  name: string;
  subscription: Promise<number>;
  access: ChannelAccess<E, G>;
  presence?: ChannelPresence;
  audiences: Map<string, Audience<G>>;
  /** Local sockets per presence member: a person counts once however many tabs, a signed-out socket once. */
  present: Map<string, number>;
  /** Events are delivered one after another, in the order they came. */
  delivering: Promise<void>;
  merge?: (event: E) => string | null;
  /** Mergeable events waiting for their turn, by merge key: the latest of each is delivered. */
  waiting: Map<string, { event: E }>;
}

/** A stable id per socket, so that a signed-out socket counts as one person whatever it watches. */
const socketIds = new WeakMap<WebSocket, string>();
function socketId(socket: WebSocket): string {
  let id = socketIds.get(socket);
  if (!id) socketIds.set(socket, (id = randomUUID()));
  return id;
}

/**
 * Live fan-out: instead of graphql-ws executing a subscription document once per subscriber and
 * event, each event is executed once per audience, with loaders shared by the whole event (one
 * query for what every audience asks), serialised once, and the same text is written to every
 * socket of the audience. Before each event, the channel's access re-decides in one read what every
 * signed-in watcher may see now; sockets whose session ended are closed with 4403.
 */
@Injectable()
export class LiveFanout implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveFanout');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly channels = new Map<string, Channel<any, any>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly loaders: LoadersFactory,
  ) {
    // One heartbeat for all the watchers of this instance, a round trip per channel.
    this.heartbeat = setInterval(() => {
      for (const channel of this.channels.values())
        void channel.presence?.heartbeat([...channel.present.keys()]).catch(() => undefined);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /**
   * Executions of events for groups of people: shared (once for the group) or personal (a resolver
   * read who the person is, so each got their own). For tests and metrics.
   */
  readonly stats = { shared: 0, personal: 0 };

  /** Sockets watching on this instance (for tests and metrics). */
  get socketCount(): number {
    let n = 0;
    for (const c of this.channels.values()) for (const a of c.audiences.values()) n += a.members.size;
    return n;
  }

  /** Audiences on this instance: how many times each event is executed. */
  get audienceCount(): number {
    let n = 0;
    for (const c of this.channels.values()) n += c.audiences.size;
    return n;
  }

  /**
   * Adds the subscription of `ctx.operation` to its audience, counts the watcher as present, and
   * returns the subscription's event stream for graphql-ws: it yields nothing itself (results are
   * written to the socket here) and ends when graphql-ws ends it (client stop or disconnect).
   */
  async watch<E extends LiveEvent, G>(watch: Watch<E, G>): Promise<AsyncIterableIterator<E>> {
    const { ctx } = watch;
    const operation = ctx.operation;
    if (!operation) throw new Error('Live events are served over WebSocket (graphql-ws) only');
    const channel = this.channel(watch);
    const presence = ctx.viewer ? `user:${ctx.viewer.id}` : `anon:${socketId(operation.socket)}`;
    const sockets = channel.present.get(presence) ?? 0;
    channel.present.set(presence, sockets + 1);

    const audience = this.audience(channel, ctx, operation, watch.grant);
    const member: Member = {
      socket: operation.socket,
      head: `{"id":${JSON.stringify(operation.id)},"type":"next","payload":`,
    };
    audience.members.add(member);

    let open = true;
    let wake: ((r: IteratorResult<E>) => void) | null = null;
    const leave = async (): Promise<IteratorResult<E>> => {
      if (open) {
        open = false;
        wake?.({ value: undefined, done: true });
        audience.members.delete(member);
        if (audience.members.size === 0 && channel.audiences.get(audience.key) === audience)
          channel.audiences.delete(audience.key);
        await this.leave(channel, presence);
      }
      return { value: undefined, done: true };
    };
    try {
      // Subscribed before counted as present, so that the watcher hears its own arrival.
      await channel.subscription;
      if (sockets === 0) await channel.presence?.join(presence);
    } catch (e) {
      await leave();
      throw e;
    }
    if (watch.welcome) {
      const welcome = watch.welcome;
      channel.delivering = channel.delivering
        .then(async () => {
          if (open) await this.send(audience, await welcome(), this.loaders.scope(), member);
        })
        .catch((e: Error) => this.logger.error(`Live welcome not delivered: ${e.message}`, e.stack));
    }
    const stream: AsyncIterableIterator<E> = {
      next: () =>
        open ? new Promise((resolve) => (wake = resolve)) : Promise.resolve({ value: undefined, done: true }),
      return: leave,
      throw: async (error?: unknown) => {
        await leave();
        throw error;
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  onApplicationShutdown(): void {
    clearInterval(this.heartbeat);
  }

  private audience<E extends LiveEvent, G>(
    channel: Channel<E, G>,
    ctx: RequestContext,
    operation: SocketOperation,
    grant: G,
  ): Audience<G> {
    const { schema, document, operationName, variableValues } = operation.args;
    const documentKey = JSON.stringify([
      operation.query,
      operationName ?? null,
      variableValues ?? null,
      ctx.locale,
    ]);
    const key = `${documentKey}\n${ctx.viewer?.sessionId ?? ''}`;
    let audience = channel.audiences.get(key);
    if (!audience) {
      audience = {
        key,
        documentKey,
        viewer: ctx.viewer,
        grant,
        locale: ctx.locale,
        clientAddress: ctx.clientAddress,
        schema,
        document,
        operationName,
        variableValues,
        formatError: operation.formatError,
        members: new Set(),
      };
      channel.audiences.set(key, audience);
    }
    return audience;
  }

  private channel<E extends LiveEvent, G>(watch: Watch<E, G>): Channel<E, G> {
    const existing = this.channels.get(watch.channel);
    if (existing) return existing as Channel<E, G>;
    const channel: Channel<E, G> = {
      name: watch.channel,
      access: watch.access,
      presence: watch.presence,
      audiences: new Map(),
      present: new Map(),
      delivering: Promise.resolve(),
      merge: watch.merge,
      waiting: new Map(),
      subscription: this.pubsub.subscribe(watch.channel, (event: E) => this.enqueue(channel, event), {}),
    };
    this.channels.set(watch.channel, channel);
    return channel;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private async leave(channel: Channel<any, any>, presence: string): Promise<void> {
    const sockets = (channel.present.get(presence) ?? 1) - 1;
    if (sockets > 0) channel.present.set(presence, sockets);
    else channel.present.delete(presence);
    if (channel.audiences.size === 0 && this.channels.get(channel.name) === channel) {
      this.channels.delete(channel.name);
      void channel.subscription.then(
        (id) => this.pubsub.unsubscribe(id),
        () => undefined,
      );
    }
    if (sockets <= 0) await channel.presence?.leave(presence).catch(() => undefined);
  }

  private enqueue<E extends LiveEvent, G>(channel: Channel<E, G>, event: E): void {
    const key = channel.merge?.(event) ?? null;
    if (key === null) {
      channel.delivering = channel.delivering
        .then(() => this.deliver(channel, event))
        .catch((e: Error) =>
          this.logger.error(`Live event ${event.kind} not delivered: ${e.message}`, e.stack),
        );
      return;
    }
    const waiting = channel.waiting.get(key);
    if (waiting) {
      // The same thing changed again before its turn: the turn will show it as it is then.
      waiting.event = event;
      return;
    }
    const slot = { event };
    channel.waiting.set(key, slot);
    channel.delivering = channel.delivering
      .then(() => {
        // From here on, a new change of the same thing waits for a turn of its own: this delivery
        // may read what was there before it.
        channel.waiting.delete(key);
        return this.deliver(channel, slot.event);
      })
      .catch((e: Error) =>
        this.logger.error(`Live event ${slot.event.kind} not delivered: ${e.message}`, e.stack),
      );
  }

  private async deliver<E extends LiveEvent, G>(channel: Channel<E, G>, event: E): Promise<void> {
    await this.reauthorize(channel);
    // Everything read for this event is read once, for all its audiences together.
    const scope = this.loaders.scope();
    // Signed-in people who sent the same document, with the same role and grant, share one
    // execution; only their own fields are resolved for each of them.
    const groups = new Map<string, Audience<G>[]>();
    for (const audience of channel.audiences.values()) {
      if (!channel.access.delivers(event, audience.viewer, audience.grant)) continue;
      const key = audience.viewer
        ? `${audience.documentKey}\n${audience.viewer.role}\n${JSON.stringify(audience.grant)}`
        : audience.key;
      const group = groups.get(key);
      if (group) group.push(audience);
      else groups.set(key, [audience]);
    }
    await Promise.all(
      [...groups.values()].map((group) =>
        group.length > 1 ? this.sendShared(group, event, scope) : this.send(group[0], event, scope),
      ),
    );
  }

  /**
   * Executes the event once for people who share a document, a role and a grant, then fills in
   * each person's own fields (one batched read for all of them) and writes each their bytes. When a
   * resolver reads who the person is outside those fields, or the result has errors, each person
   * gets an execution of their own instead.
   */
  private async sendShared<E extends LiveEvent, G>(
    audiences: Audience<G>[],
    event: E,
    scope: LoaderScope,
  ): Promise<void> {
    const first = audiences[0];
    const shared = new SharedExecution(
      (first.viewer as Viewer).role,
      first.grant,
      this.loaders.create(null, scope),
    );
    const result = await execute({
      schema: first.schema,
      document: first.document,
      operationName: first.operationName,
      variableValues: first.variableValues,
      rootValue: event,
      contextValue: shared.context(first.locale, this.loaders.create(shared.viewer, scope)),
    });
    const template = shared.template(result);
    if (!template) {
      this.stats.personal += 1;
      await Promise.all(audiences.map((audience) => this.send(audience, event, scope)));
      return;
    }
    this.stats.shared += 1;
    await Promise.all(
      audiences.map(async (audience) => {
        const viewer = audience.viewer as Viewer;
        let payload: string;
        try {
          payload = await template.render(viewer, this.loaders.create(viewer, scope));
        } catch {
          // A value of theirs that cannot be given as is (an error, a null where none may be):
          // their own execution decides it, with its errors.
          await this.send(audience, event, scope);
          return;
        }
        this.write(audience.members, payload);
      }),
    );
  }

  /**
   * Re-decides what every signed-in audience of the channel may see, in one read: an audience
   * whose session ended is closed (4403) and dropped; the others take their current role and grant.
   */
  private async reauthorize<E extends LiveEvent, G>(channel: Channel<E, G>): Promise<void> {
    const signedIn = [...channel.audiences.values()].filter((a) => a.viewer !== null);
    if (!signedIn.length) return;
    const viewers = new Map(signedIn.map((a) => [(a.viewer as Viewer).sessionId, a.viewer as Viewer]));
    const now = await channel.access.refresh([...viewers.values()]);
    for (const audience of signedIn) {
      const current = now.get((audience.viewer as Viewer).sessionId);
      if (current) {
        audience.viewer = current.viewer;
        audience.grant = current.grant;
        continue;
      }
      channel.audiences.delete(audience.key);
      for (const { socket } of audience.members) socket.close(4403, 'Forbidden');
    }
  }

  /** Executes the event once for the audience and writes it to its members (or to `only`). */
  private async send<E extends LiveEvent, G>(
    audience: Audience<G>,
    event: E,
    scope: LoaderScope,
    only?: Member,
  ): Promise<void> {
    const contextValue: RequestContext = {
      viewer: audience.viewer,
      authError: null,
      clientAddress: audience.clientAddress,
      locale: audience.locale,
      loaders: this.loaders.create(audience.viewer, scope),
    };
    const result = await execute({
      schema: audience.schema,
      document: audience.document,
      operationName: audience.operationName,
      variableValues: audience.variableValues,
      rootValue: event,
      contextValue,
    });
    const payload = JSON.stringify(
      result.errors ? { ...result, errors: result.errors.map(audience.formatError) } : result,
    );
    this.write(only ? [only] : audience.members, payload);
  }

  /** Writes a payload to members' sockets; one too far behind is closed (the board reconnects). */
  private write(members: Iterable<Member>, payload: string): void {
    for (const member of members) {
      const { socket } = member;
      if (socket.readyState !== WebSocket.OPEN) continue;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(1013, 'Too far behind: reconnect');
        continue;
      }
      socket.send(`${member.head}${payload}}`);
    }
  }
}
