import type { Viewer } from './request-context';

export const WS_LIMITS = {
  /** Running operations per socket. */
  subscriptionsPerConnection: 25,
  /** Largest message of any kind (connection_init, subscribe, ping...): larger ones close with 1009. */
  maxPayloadBytes: 64 * 1024,
} as const;

/** An Origin header that is not a URL of some site: `null` (sandboxed pages, files), garbage. */
export class UnparsableOrigin extends Error {}

/**
 * What a WebSocket must satisfy beyond authentication: a browser's Origin must be the board's own,
 * and one person (or, signed out, one client address) cannot hold more than a few sockets.
 */
export class WebSocketGuard {
  private readonly perPerson = new Map<string, number>();
  private readonly owners = new WeakMap<object, string>();

  constructor(
    private readonly allowedOrigins: readonly string[],
    /** Sockets per signed-in person, and per address for signed-out visitors (a venue shares one). */
    private readonly limits: { perPerson: number; perAddress: number },
  ) {}

  /**
   * Browsers always send Origin; scripts and servers may not, and are judged by their token alone.
   * Throws {@link UnparsableOrigin} for an Origin that names no site.
   */
  originAllowed(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) return true;
    if (this.allowedOrigins.includes(origin)) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new UnparsableOrigin(origin.slice(0, 100));
    }
    if (parsed.origin === 'null') throw new UnparsableOrigin(origin.slice(0, 100));
    return host !== undefined && parsed.host === host;
  }

  /** Counts the socket for its person, or its client address when signed out; false past the limit. */
  admit(socket: object, viewer: Viewer | null, clientAddress: string): boolean {
    const key = viewer ? `user:${viewer.id}` : `addr:${clientAddress}`;
    const count = this.perPerson.get(key) ?? 0;
    if (count >= (viewer ? this.limits.perPerson : this.limits.perAddress)) return false;
    this.perPerson.set(key, count + 1);
    this.owners.set(socket, key);
    return true;
  }

  release(socket: object): void {
    const key = this.owners.get(socket);
    if (!key) return;
    this.owners.delete(socket);
    const count = (this.perPerson.get(key) ?? 1) - 1;
    if (count <= 0) this.perPerson.delete(key);
    else this.perPerson.set(key, count);
  }
}
