import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Locale } from '@ouimake/domain';
import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { WebSocket } from 'ws';
import { LoadersFactory, type Loaders, type LoaderScope } from '../dataloader/loaders';
import type { RequestContext, SocketOperation, Viewer } from '../graphql/request-context';
import { SharedExecution } from '../graphql/shared-execution';
import { PUB_SUB } from '../pubsub/pubsub.module';

/** A socket further behind than this is closed (1013, try again later); the board reconnects and refetches. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** How often the members present on a channel are refreshed (for presence kept elsewhere, e.g. Redis). */
export const HEARTBEAT_MS = 20_000;
/**
 * Changes that say "show it as it is now" (vote counts, presence) are delivered together once per
 * tick: a room voting fast costs one delivery of each changed idea per tick and one write per
 * screen, however many votes it took.
 */
export const TICK_MS = 100;

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
   * Events that say "this changed, show it as it is now" (a count): they wait for the channel's next
   * tick ({@link TICK_MS}), those of the same key as one, and a tick's changes are delivered
   * together (one write per screen). What an event shows is read when it is delivered, so nothing
   * is lost: a burst on one idea costs one delivery per tick, not one per vote, and what waits cannot
   * grow beyond the distinct keys. An event that is not merged (null) is delivered at once, after
   * the changes that came before it.
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
  /** Mergeable events waiting for the tick, by merge key: the latest of each is delivered. */
  waiting: Map<string, E>;
  /** The next tick, while changes wait for it. */
  tick: NodeJS.Timeout | null;
  /** A tick's changes are queued for delivery and have not started: the next tick waits. */
  batchQueued: boolean;
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
  private readonly owned = new WeakMap<LoaderScope, Map<string, Loaders>>();

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
          if (open)
            this.write([member], [await this.execute(audience, await welcome(), this.loaders.scope())]);
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
    for (const channel of this.channels.values()) if (channel.tick) clearTimeout(channel.tick);
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
      tick: null,
      batchQueued: false,
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
      if (channel.tick) clearTimeout(channel.tick);
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
      // At once, together with the changes that came before it (in their order, then it).
      this.chain(channel, [...this.takeWaiting(channel), event]);
      return;
    }
    // The same thing changed again before the tick: the tick shows it as it is then.
    channel.waiting.set(key, event);
    channel.tick ??= setTimeout(() => this.onTick(channel), TICK_MS);
  }

  private onTick<E extends LiveEvent, G>(channel: Channel<E, G>): void {
    channel.tick = null;
    if (!channel.waiting.size) return;
    if (channel.batchQueued) {
      // The last tick's changes are not out yet: these wait for the next tick, merging further.
      channel.tick = setTimeout(() => this.onTick(channel), TICK_MS);
      return;
    }
    channel.batchQueued = true;
    const events = this.takeWaiting(channel);
    channel.delivering = channel.delivering.then(() => {
      channel.batchQueued = false;
    });
    this.chain(channel, events);
  }

  private takeWaiting<E extends LiveEvent, G>(channel: Channel<E, G>): E[] {
    if (channel.tick) clearTimeout(channel.tick);
    channel.tick = null;
    const events = [...channel.waiting.values()];
    channel.waiting.clear();
    return events;
  }

  /** Delivers events after everything queued before them, in order. */
  private chain<E extends LiveEvent, G>(channel: Channel<E, G>, events: E[]): void {
    channel.delivering = channel.delivering
      .then(() => this.deliver(channel, events))
      .catch((e: Error) => this.logger.error(`Live events not delivered: ${e.message}`, e.stack));
  }

  /**
   * Delivers events together: the watchers' rights are re-decided once, everything is read once for
   * all the events and audiences, and each socket gets its events in one write.
   */
  private async deliver<E extends LiveEvent, G>(channel: Channel<E, G>, events: E[]): Promise<void> {
    if (!events.length) return;
    await this.reauthorize(channel);
    const scope = this.loaders.scope();
    const outbox = new Map<Audience<G>, string[]>();
    const rendered = await Promise.allSettled(events.map((event) => this.render(channel, event, scope)));
    rendered.forEach((result, i) => {
      if (result.status === 'rejected') {
        const e = result.reason as Error;
        this.logger.error(`Live event ${events[i].kind} not delivered: ${e.message}`, e.stack);
        return;
      }
      for (const [audience, payload] of result.value) {
        const payloads = outbox.get(audience);
        if (payloads) payloads.push(payload);
        else outbox.set(audience, [payload]);
      }
    });
    for (const [audience, payloads] of outbox) this.write(audience.members, payloads);
  }

  /** What each audience that may see the event receives. */
  private async render<E extends LiveEvent, G>(
    channel: Channel<E, G>,
    event: E,
    scope: LoaderScope,
  ): Promise<Map<Audience<G>, string>> {
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
    const payloads = new Map<Audience<G>, string>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        if (group.length > 1) return this.executeShared(group, event, scope, payloads);
        payloads.set(group[0], await this.execute(group[0], event, scope));
      }),
    );
    return payloads;
  }

  /**
   * Executes the event once for people who share a document, a role and a grant, then fills in
   * each person's own fields (one batched read for all of them). When a resolver reads who the
   * person is outside those fields, or the result has errors, each person gets an execution of
   * their own instead.
   */
  private async executeShared<E extends LiveEvent, G>(
    audiences: Audience<G>[],
    event: E,
    scope: LoaderScope,
    payloads: Map<Audience<G>, string>,
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
    if (!template) this.stats.personal += 1;
    else this.stats.shared += 1;
    const rendered = template
      ? await template.renderAll(
          audiences.map((audience) => {
            const viewer = audience.viewer as Viewer;
            return { viewer, loaders: this.own(scope, viewer) };
          }),
        )
      : audiences.map(() => null);
    const own: Audience<G>[] = [];
    audiences.forEach((audience, i) => {
      const text = rendered[i];
      if (typeof text === 'string') payloads.set(audience, text);
      else own.push(audience);
    });
    // Not shareable, or a value of theirs that cannot be given as is: their own execution decides
    // it, with its errors.
    await Promise.all(
      own.map(async (audience) => payloads.set(audience, await this.execute(audience, event, scope))),
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

  /** A viewer's loaders in a scope, made once for all the events delivered together. */
  private own(scope: LoaderScope, viewer: Viewer): Loaders {
    let byViewer = this.owned.get(scope);
    if (!byViewer) this.owned.set(scope, (byViewer = new Map()));
    let loaders = byViewer.get(viewer.sessionId);
    if (!loaders) byViewer.set(viewer.sessionId, (loaders = this.loaders.create(viewer, scope)));
    return loaders;
  }

  /** Executes the event for the audience: what its members receive. */
  private async execute<E extends LiveEvent, G>(
    audience: Audience<G>,
    event: E,
    scope: LoaderScope,
  ): Promise<string> {
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
    return JSON.stringify(
      result.errors ? { ...result, errors: result.errors.map(audience.formatError) } : result,
    );
  }

  /**
   * Writes payloads to members' sockets, each socket's in one write to the network; a socket too
   * far behind is closed (the board reconnects and catches up).
   */
  private write(members: Iterable<Member>, payloads: string[]): void {
    for (const member of members) {
      const { socket } = member;
      if (socket.readyState !== WebSocket.OPEN) continue;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(1013, 'Too far behind: reconnect');
        continue;
      }
      // ws writes each message to its TCP socket at once; corked, a tick's messages leave in one
      // system call (a private field of ws: without it, they leave one by one).
      const tcp = (socket as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
      tcp?.cork();
      for (const payload of payloads) socket.send(`${member.head}${payload}}`);
      tcp?.uncork();
    }
  }
}
