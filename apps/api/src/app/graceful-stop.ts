import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

interface Tracked {
  /** Requests being answered on this connection now. */
  active: number;
  /** Requests answered on it so far. */
  served: number;
  openedAt: number;
}

/** A connection that sent nothing this long after it opened is not coming: it may be cut. */
const SILENT_CONNECTION_MS = 2_000;
/** No request in flight for this long: the instance is quiet. */
const QUIET_MS = 200;

/**
 * Stops an HTTP server without cutting anyone off. Node's own `close()` also cuts every connection
 * that has no request being answered, including one whose request is still on its way (a client
 * that just connected): its request would fail with a reset. Here connections are tracked from the
 * start, and at the stop each one is ended only once it is idle after having been served (or silent
 * for a while), so that every request that reached the server gets its answer.
 */
export class GracefulStop {
  private readonly connections = new Map<Socket, Tracked>();

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { active: 0, served: 0, openedAt: Date.now() });
      socket.once('close', () => this.connections.delete(socket));
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const tracked = this.connections.get(req.socket);
      if (!tracked) return;
      tracked.active++;
      res.once('close', () => {
        tracked.active--;
        tracked.served++;
      });
    });
  }

  /** Requests being answered now, on every connection. */
  get inFlight(): number {
    let count = 0;
    for (const tracked of this.connections.values()) count += tracked.active;
    return count;
  }

  /** Resolves once no request has been in flight for a short while, after at least `minMs`. */
  async quiet(minMs: number): Promise<void> {
    const started = Date.now();
    let quietSince = this.inFlight === 0 ? Date.now() : null;
    while (Date.now() - started < minMs || quietSince === null || Date.now() - quietSince < QUIET_MS) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (this.inFlight > 0) quietSince = null;
      else quietSince ??= Date.now();
    }
  }

  /** Stops taking connections and ends each open one once it is done; resolves when all are closed. */
  close(): Promise<void> {
    // close() would cut the connections it deems idle, a request on its way included: ours decide.
    this.server.closeIdleConnections = () => undefined;
    return new Promise((resolve) => {
      const sweep = setInterval(() => this.endIdle(), 50);
      this.server.close(() => {
        clearInterval(sweep);
        resolve();
      });
      this.endIdle();
    });
  }

  private endIdle(): void {
    const now = Date.now();
    for (const [socket, tracked] of this.connections) {
      if (tracked.active > 0) continue;
      if (tracked.served > 0 || now - tracked.openedAt > SILENT_CONNECTION_MS) socket.destroySoon();
    }
  }
}
