import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Viewer } from './request-context';

export const WS_LIMITS = {
  /** Running operations per socket. */
  subscriptionsPerConnection: 25,
  /** Largest subscribe message accepted. */
  maxPayloadBytes: 64 * 1024,
} as const;

/** graphql-ws's connection context; on the `ws` server its `extra` holds the upgrade request. */
interface Socket {
  extra: unknown;
}

const requestOf = (ctx: Socket): IncomingMessage => (ctx.extra as { request: IncomingMessage }).request;

/**
 * What a WebSocket must satisfy beyond authentication: a browser's Origin must be the board's own,
 * and one person cannot hold more than a few sockets and subscriptions.
 */
export class WebSocketGuard {
  private readonly perPerson = new Map<string, number>();
  private readonly owners = new WeakMap<object, string>();
  private readonly operations = new WeakMap<object, number>();

  constructor(
    private readonly allowedOrigins: readonly string[],
    /** Sockets per signed-in person, and per address for signed-out visitors (a venue shares one). */
    private readonly limits: { perPerson: number; perAddress: number },
  ) {}

  /** Browsers always send Origin; scripts and servers may not, and are judged by their token alone. */
  originAllowed(ctx: Socket): boolean {
    const request = requestOf(ctx);
    const origin = request.headers.origin;
    if (!origin) return true;
    const host = request.headers.host;
    return this.allowedOrigins.includes(origin) || (host !== undefined && new URL(origin).host === host);
  }

  /** Counts the socket for its person; false when they hold too many already. */
  admit(ctx: Socket, viewer: Viewer | null): boolean {
    const key = viewer ? `user:${viewer.id}` : `addr:${requestOf(ctx).socket.remoteAddress ?? '?'}`;
    const count = this.perPerson.get(key) ?? 0;
    if (count >= (viewer ? this.limits.perPerson : this.limits.perAddress)) return false;
    this.perPerson.set(key, count + 1);
    this.owners.set(ctx, key);
    return true;
  }

  release(ctx: Socket): void {
    const key = this.owners.get(ctx);
    if (!key) return;
    this.owners.delete(ctx);
    const count = (this.perPerson.get(key) ?? 1) - 1;
    if (count <= 0) this.perPerson.delete(key);
    else this.perPerson.set(key, count);
  }

  /** Refusals for a subscribe message, or null when it may run. */
  refuseOperation(ctx: Socket, payload: unknown): GraphQLError[] | null {
    if (Buffer.byteLength(JSON.stringify(payload ?? {})) > WS_LIMITS.maxPayloadBytes) {
      return [new GraphQLError('This message is too large.', { extensions: { code: 'BAD_USER_INPUT' } })];
    }
    const running = this.operations.get(ctx) ?? 0;
    if (running >= WS_LIMITS.subscriptionsPerConnection) {
      return [
        new GraphQLError('Too many live subscriptions on this connection.', {
          extensions: { code: 'RATE_LIMITED' },
        }),
      ];
    }
    this.operations.set(ctx, running + 1);
    return null;
  }

  operationEnded(ctx: Socket): void {
    this.operations.set(ctx, Math.max(0, (this.operations.get(ctx) ?? 1) - 1));
  }
}
