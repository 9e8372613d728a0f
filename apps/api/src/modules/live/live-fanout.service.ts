import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Locale } from '@ouimake/domain';
import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { WebSocket } from 'ws';
import { AppConfig } from '../../config/config';
import { LoadersFactory, type LoaderScope } from '../../core/dataloader/loaders';
import type { RequestContext, SocketOperation, Viewer } from '../../core/graphql/request-context';
import { PUB_SUB } from '../../core/pubsub/pubsub.module';
import { challengeChannel, type ActivityEvent } from './activity';
import { HEARTBEAT_MS, PresenceService } from './presence.service';

/** A socket further behind than this is closed (1013, try again later); the board reconnects and refetches. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Member {
  socket: WebSocket;
  /** The message's start up to its payload, with this subscription's id. */
  head: string;
}

/**
 * Subscribers who receive the same bytes: the same document, variables and operation, for the same
 * viewer (or signed out) and language. Each event is executed once and serialised once for all.
 */
interface Audience {
  key: string;
  viewer: Viewer | null;
  curates: boolean;
  locale: Locale;
  clientAddress: string;
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variableValues: Record<string, unknown> | null | undefined;
  formatError: SocketOperation['formatError'];
  members: Set<Member>;
}

/** One challenge's channel on this instance: subscribed once to the PubSub, whatever the watchers. */
interface Channel {
  challengeId: string;
  subscription: Promise<number>;
  audiences: Map<string, Audience>;
  /** With LIVE_FANOUT=per-subscriber: each subscriber's own event stream, executed by graphql-ws. */
  streams: Set<(event: ActivityEvent) => void>;
  /** Local sockets per presence member: a person counts once however many tabs, each anonymous socket once. */
  present: Map<string, number>;
  /** Events are delivered one after another, in the order they came. */
  delivering: Promise<void>;
}

export interface Watch {
  challengeId: string;
  ctx: RequestContext;
  /** Whether the viewer curates the challenge (sees hidden content and blind counts). */
  curates: boolean;
}

/**
 * Live fan-out: instead of graphql-ws executing the subscription document once per subscriber and
 * event (and reading through each subscriber's loaders), each event is executed once per audience,
 * with loaders shared by the whole event (one query for what every audience asks), serialised once,
 * and the same text is written to every socket of the audience.
 */
@Injectable()
export class LiveFanout implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveFanout');
  private readonly channels = new Map<string, Channel>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly config: AppConfig,
    private readonly loaders: LoadersFactory,
    private readonly presence: PresenceService,
  ) {
    // One heartbeat for all the watchers of this instance, a Redis round trip per challenge.
    this.heartbeat = setInterval(() => {
      for (const channel of this.channels.values())
        void this.presence.heartbeat(channel.challengeId, [...channel.present.keys()]);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

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
   * written to the socket here) and leaves when graphql-ws ends it (client stop or disconnect).
   * With LIVE_FANOUT=per-subscriber it yields the events instead, for graphql-ws to execute.
   */
  async watch({ challengeId, ctx, curates }: Watch): Promise<AsyncIterableIterator<ActivityEvent>> {
    const operation = ctx.operation;
    if (!operation) throw new Error('Live activity is served over WebSocket (graphql-ws) only');
    const channel = this.channel(challengeId);
    const presence = ctx.viewer ? `user:${ctx.viewer.id}` : `anon:${randomUUID()}`;
    const sockets = channel.present.get(presence) ?? 0;
    channel.present.set(presence, sockets + 1);

    const queue: ActivityEvent[] = [];
    let open = true;
    let wake: ((r: IteratorResult<ActivityEvent>) => void) | null = null;
    let detach: () => void;
    if (this.config.liveFanout === 'per-subscriber') {
      // graphql-ws executes the document for this subscriber alone, with loaders fresh per event.
      const push = (event: ActivityEvent) => {
        if (event.hidden && !curates && ctx.viewer?.id !== event.authorId) return;
        if (wake) {
          ctx.loaders = this.loaders.create(ctx.viewer);
          const resolve = wake;
          wake = null;
          resolve({ value: event, done: false });
        } else queue.push(event);
      };
      channel.streams.add(push);
      detach = () => channel.streams.delete(push);
    } else {
      const audience = this.audience(channel, ctx, operation, curates);
      const member: Member = {
        socket: operation.socket,
        head: `{"id":${JSON.stringify(operation.id)},"type":"next","payload":`,
      };
      audience.members.add(member);
      detach = () => {
        audience.members.delete(member);
        if (audience.members.size === 0 && channel.audiences.get(audience.key) === audience)
          channel.audiences.delete(audience.key);
      };
    }

    const leave = async (): Promise<IteratorResult<ActivityEvent>> => {
      if (open) {
        open = false;
        wake?.({ value: undefined, done: true });
        detach();
        await this.leave(channel, presence);
      }
      return { value: undefined, done: true };
    };
    try {
      // Subscribed before counted as present, so that the watcher hears its own arrival.
      await channel.subscription;
      if (sockets === 0) await this.presence.join(challengeId, presence);
    } catch (e) {
      await leave();
      throw e;
    }
    const stream: AsyncIterableIterator<ActivityEvent> = {
      next: () => {
        if (!open) return Promise.resolve({ value: undefined, done: true });
        const queued = queue.shift();
        if (queued) {
          ctx.loaders = this.loaders.create(ctx.viewer);
          return Promise.resolve({ value: queued, done: false });
        }
        return new Promise((resolve) => (wake = resolve));
      },
      return: leave,
      throw: async (error?: unknown) => {
        await leave();
        throw error;
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  private audience(
    channel: Channel,
    ctx: RequestContext,
    operation: SocketOperation,
    curates: boolean,
  ): Audience {
    const { schema, document, operationName, variableValues } = operation.args;
    const key = JSON.stringify([
      operation.query,
      operationName ?? null,
      variableValues ?? null,
      ctx.viewer?.id ?? null,
      ctx.locale,
    ]);
    let audience = channel.audiences.get(key);
    if (!audience) {
      audience = {
        key,
        viewer: ctx.viewer,
        curates,
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

  onApplicationShutdown(): void {
    clearInterval(this.heartbeat);
  }

  private channel(challengeId: string): Channel {
    const existing = this.channels.get(challengeId);
    if (existing) return existing;
    const channel: Channel = {
      challengeId,
      audiences: new Map(),
      streams: new Set(),
      present: new Map(),
      delivering: Promise.resolve(),
      subscription: this.pubsub.subscribe(
        challengeChannel(this.config.redisPrefix, challengeId),
        (event: ActivityEvent) => this.enqueue(channel, event),
        {},
      ),
    };
    this.channels.set(challengeId, channel);
    return channel;
  }

  private async leave(channel: Channel, presence: string): Promise<void> {
    const sockets = (channel.present.get(presence) ?? 1) - 1;
    if (sockets > 0) channel.present.set(presence, sockets);
    else channel.present.delete(presence);
    const empty = channel.audiences.size === 0 && channel.streams.size === 0;
    if (empty && this.channels.get(channel.challengeId) === channel) {
      this.channels.delete(channel.challengeId);
      void channel.subscription.then(
        (id) => this.pubsub.unsubscribe(id),
        () => undefined,
      );
    }
    if (sockets <= 0) await this.presence.leave(channel.challengeId, presence);
  }

  private enqueue(channel: Channel, event: ActivityEvent): void {
    channel.delivering = channel.delivering
      .then(() => this.deliver(channel, event))
      .catch((e: Error) =>
        this.logger.error(`Live event ${event.kind} not delivered: ${e.message}`, e.stack),
      );
  }

  private async deliver(channel: Channel, event: ActivityEvent): Promise<void> {
    for (const push of channel.streams) push(event);
    // Everything read for this event is read once, for all its audiences together.
    const scope = this.loaders.scope();
    await Promise.all([...channel.audiences.values()].map((audience) => this.send(audience, event, scope)));
  }

  private async send(audience: Audience, event: ActivityEvent, scope: LoaderScope): Promise<void> {
    // Hidden content reaches curators and its author only; decided from the event, with no query.
    if (event.hidden && !audience.curates && audience.viewer?.id !== event.authorId) return;
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
    for (const member of audience.members) {
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
