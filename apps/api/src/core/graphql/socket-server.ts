import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { pickLocale } from '@ouimake/domain';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
} from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import proxyaddr from 'proxy-addr';
import { WebSocket, WebSocketServer } from 'ws';
import { AppConfig } from '../../config/config';
import { AuthService, sessionsEndedChannel } from '../auth/auth.service';
import { LoadersFactory } from '../dataloader/loaders';
import { PUB_SUB } from '../pubsub/pubsub.module';
import { DomainError } from './domain-error';
import { loggedFormatError } from './format-error';
import { MAX_NESTING, MAX_TOKENS, queryLimitRules, textNesting, TOO_COMPLEX_PREFIX } from './query-limits';
import type { RequestContext, Viewer } from './request-context';
import { guardText } from './text-guard.plugin';
import { UnparsableOrigin, WebSocketGuard, WS_LIMITS } from './ws-guard';

export const GRAPHQL_PATH = '/graphql';
/** How often each instance re-checks the sessions of its open sockets (expiry, a missed sign-out). */
export const SESSION_SWEEP_MS = 5_000;

/** What the server keeps of each socket beside graphql-ws's own context. */
interface SocketInfo {
  viewer: Viewer | null;
  clientAddress: string;
  locale: string | null;
}

type Extra = { socket: WebSocket; request: IncomingMessage };
type Ctx = WsContext<Record<string, unknown> | undefined, Extra>;

/** The contract's connection_init payload: `{ "authorization": "Bearer <token>", "language": "en" }`. */
function authorizationParam(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  return typeof value === 'string' ? value : null;
}

/** The board's chosen language, which may differ from the browser's Accept-Language. */
function languageParam(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.['language'];
  return typeof value === 'string' && value.length <= 64 ? value : null;
}

const refusal = (message: string, code = 'BAD_USER_INPUT', field?: string) =>
  new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });

/**
 * GraphQL over WebSocket (graphql-transport-ws) on `/graphql`, for subscriptions only. Every message
 * is at most 64 KiB; a socket's person (or, signed out, client address behind TRUST_PROXY) holds a
 * limited number of sockets; each subscribe meets the same validation, limits, NUL check and error
 * codes as HTTP; and a socket whose session ends (sign-out, role change, expiry) is closed with
 * 4403 on every instance.
 */
@Injectable()
export class GraphQLSocketServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WebSocket');
  private readonly formatError: ReturnType<typeof loggedFormatError>;
  private readonly guard: WebSocketGuard;
  private readonly info = new WeakMap<WebSocket, SocketInfo>();
  /** Open sockets by the session they act for. */
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private wss?: WebSocketServer;
  private server?: Server;
  private disposable?: { dispose(): void | Promise<void> };
  private sweep?: NodeJS.Timeout;
  private endedSubscription?: Promise<number>;
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) =>
    this.upgrade(req, socket, head);

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly loaders: LoadersFactory,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {
    this.formatError = loggedFormatError({ hideSuggestions: config.production });
    this.guard = new WebSocketGuard([new URL(config.publicUrl).origin], {
      perPerson: config.wsConnectionsPerPerson,
      perAddress: config.wsConnectionsPerAddress,
    });
  }

  /** Open sockets on this instance (for tests and metrics). */
  get socketCount(): number {
    return this.wss?.clients.size ?? 0;
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    this.server = server;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: WS_LIMITS.maxPayloadBytes });
    server.on('upgrade', this.onUpgrade);
    this.disposable = this.serve(this.wss);
    this.endedSubscription = this.pubsub.subscribe(
      sessionsEndedChannel(this.config.redisPrefix),
      ({ sessionIds }: { sessionIds: string[] }) => this.closeSessions(sessionIds),
      {},
    );
    this.sweep = setInterval(() => void this.sweepSessions(), SESSION_SWEEP_MS);
    this.sweep.unref();
  }

  /**
   * The instance is stopping: new sockets are refused and every open one is closed with 1001
   * ("going away"), so that clients reconnect at once, to another instance if there is one.
   */
  goAway(): void {
    this.server?.off('upgrade', this.onUpgrade);
    for (const socket of this.wss?.clients ?? []) socket.close(1001, 'Server stopping');
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweep);
    this.server?.off('upgrade', this.onUpgrade);
    const id = await this.endedSubscription?.catch(() => undefined);
    if (id !== undefined) this.pubsub.unsubscribe(id);
    await this.disposable?.dispose();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }

  /** Closes with 4403 the sockets of ended sessions on this instance. */
  closeSessions(sessionIds: readonly string[]): void {
    for (const id of sessionIds) {
      for (const socket of this.bySession.get(id) ?? []) socket.close(4403, 'Forbidden');
    }
  }

  /** The client address of a request, from X-Forwarded-For only behind trusted proxies, as over HTTP. */
  clientAddress(req: IncomingMessage): string {
    const trust = this.adapterHost.httpAdapter?.getInstance?.()?.get?.('trust proxy fn') as
      | ((addr: string, i: number) => boolean)
      | undefined;
    try {
      return (trust ? proxyaddr(req, trust) : req.socket.remoteAddress) ?? 'unknown';
    } catch {
      return req.socket.remoteAddress ?? 'unknown';
    }
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      path = '';
    }
    if (path !== GRAPHQL_PATH || !this.wss) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const wss = this.wss;
    wss.handleUpgrade(req, socket, head, (ws) => {
      // A client breaking the protocol (a message over 64 KiB, a bad frame) is the client's fault:
      // ws closes the socket itself (1009, 1002...); say so in one log line instead of letting
      // graphql-ws print a stack as an internal error.
      const emit = ws.emit.bind(ws);
      ws.emit = ((event: string | symbol, ...args: unknown[]) => {
        const err = args[0] as { code?: unknown; message?: string } | undefined;
        if (event === 'error' && typeof err?.code === 'string' && err.code.startsWith('WS_ERR_')) {
          this.logger.warn(`WebSocket closed: ${err.message ?? err.code} (${err.code})`);
          return true;
        }
        return emit(event, ...args);
      }) as typeof ws.emit;
      wss.emit('connection', ws, req);
    });
  }

  private async sweepSessions(): Promise<void> {
    const ids = [...this.bySession.keys()];
    if (!ids.length) return;
    try {
      const valid = await this.auth.validSessions(ids);
      this.closeSessions(ids.filter((id) => !valid.has(id)));
    } catch (e) {
      this.logger.warn(`Sessions of open sockets not checked: ${(e as Error).message}`);
    }
  }

  private track(socket: WebSocket, info: SocketInfo): void {
    this.info.set(socket, info);
    if (!info.viewer) return;
    const { sessionId } = info.viewer;
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(socket);
  }

  private untrack(socket: WebSocket): void {
    const info = this.info.get(socket);
    this.guard.release(socket);
    if (!info?.viewer) return;
    const set = this.bySession.get(info.viewer.sessionId);
    set?.delete(socket);
    if (set?.size === 0) this.bySession.delete(info.viewer.sessionId);
  }

  private serve(wss: WebSocketServer) {
    const rules = [
      ...specifiedRules,
      ...queryLimitRules(),
      ...(this.config.production ? [NoSchemaIntrospectionCustomRule] : []),
    ];
    return useServer<Record<string, unknown> | undefined, Extra>(
      {
        schema: this.schemaHost.schema,
        // A bad token, a foreign or unparsable Origin, or too many sockets for one person close
        // the socket with 4403; no token means anonymous.
        onConnect: async (ctx: Ctx) => {
          const { request, socket } = ctx.extra;
          try {
            if (!this.guard.originAllowed(request.headers.origin, request.headers.host)) return false;
          } catch (e) {
            if (!(e instanceof UnparsableOrigin)) throw e;
            this.logger.warn(`WebSocket refused: unparsable Origin ${JSON.stringify(e.message)}`);
            return false;
          }
          let viewer: Viewer | null;
          try {
            viewer = await this.auth.viewerFromHeader(authorizationParam(ctx.connectionParams));
          } catch {
            return false;
          }
          const clientAddress = this.clientAddress(request);
          if (!this.guard.admit(socket, viewer, clientAddress)) return false;
          this.track(socket, { viewer, clientAddress, locale: languageParam(ctx.connectionParams) });
          return true;
        },
        onClose: (ctx: Ctx) => this.untrack(ctx.extra.socket),
        onSubscribe: (ctx: Ctx, _id: string, payload: SubscribePayload) => this.check(ctx, payload, rules),
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => this.formatError(e.toJSON(), e)),
        onNext: (_ctx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return result;
          return { ...result, errors: result.errors.map((e) => this.formatError(e.toJSON(), e)) };
        },
        context: (ctx: Ctx, id: string, payload: SubscribePayload, args: ExecutionArgs) =>
          this.context(ctx, id, payload, args),
      },
      wss,
    );
  }

  /**
   * Everything a subscribe message must pass before it runs: the number running on the socket
   * (graphql-ws counts them, so a refused document frees its place at once), a document that
   * parses, validates and stays within the query limits, a subscription (queries and mutations
   * go over HTTP, where they meet the same checks), and text that passes guardText.
   */
  private check(ctx: Ctx, payload: SubscribePayload, rules: typeof specifiedRules) {
    if (Object.keys(ctx.subscriptions).length > WS_LIMITS.subscriptionsPerConnection) {
      return [refusal('Too many live subscriptions on this connection.', 'RATE_LIMITED')];
    }
    if (typeof payload?.query !== 'string') return [refusal('A subscribe message carries a query.')];
    if (textNesting(payload.query) > MAX_NESTING) {
      return [refusal(`${TOO_COMPLEX_PREFIX} it is nested too deeply.`, 'QUERY_TOO_COMPLEX')];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (e) {
      return [refusal(e instanceof GraphQLError ? e.message : 'The document does not parse.')];
    }
    const invalid = validate(this.schemaHost.schema, document, rules);
    if (invalid.length) {
      // An error of the document itself is the client's, as Apollo says over HTTP.
      return invalid.map(
        (e) =>
          new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [refusal('Name the operation to run.', 'BAD_USER_INPUT', 'operationName')];
    if (operation.operation !== 'subscription') {
      return [
        refusal(
          'Queries and mutations are sent over HTTP (POST /graphql); this socket serves subscriptions.',
        ),
      ];
    }
    const guarded = guardText(document, payload.variables);
    if (guarded.refusal) return [refusal(guarded.refusal.message, 'BAD_USER_INPUT', guarded.refusal.field)];
    document = guarded.document;
    return {
      schema: this.schemaHost.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  }

  /** Each operation re-checks the socket's session, so that a revoked one stops at once. */
  private async context(
    ctx: Ctx,
    id: string,
    payload: SubscribePayload,
    args: ExecutionArgs,
  ): Promise<RequestContext> {
    const { request, socket } = ctx.extra;
    const info = this.info.get(socket);
    let viewer: Viewer | null = null;
    let authError: DomainError | null = null;
    try {
      viewer = await this.auth.viewerFromHeader(authorizationParam(ctx.connectionParams));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      authError = e;
    }
    return {
      viewer,
      authError,
      clientAddress: info?.clientAddress ?? this.clientAddress(request),
      locale: pickLocale(info?.locale ?? request.headers['accept-language']),
      loaders: this.loaders.create(viewer),
      operation: {
        socket,
        id,
        query: payload.query,
        args,
        formatError: (e) => this.formatError(e.toJSON(), e),
      },
    };
  }
}
