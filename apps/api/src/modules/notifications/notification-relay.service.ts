import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../../core/auth/auth.service';
import type { Viewer } from '../../core/graphql/request-context';
import { NotificationEntity } from './notification.entity';

interface Listener {
  viewer: Viewer;
  push: (n: NotificationEntity) => void;
  close: () => void;
}

const POLL_MS = 500;
/** How far back each poll looks: covers a transaction that committed after a later one. */
const LOOKBACK_SECONDS = 10;

/**
 * Pushes new (and grown) notifications to their people's sockets on every instance. The rows are
 * the outbox: each instance with listeners reads the recent ones of its listeners twice a second
 * from the database, so a notification reaches its person even while Redis is away, and is sent to
 * each socket once per change. Each delivery re-checks the listener's session first.
 */
@Injectable()
export class NotificationRelay implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Deliveries already made, "id@updatedAt", forgotten after the lookback. */
  private readonly sent = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly db: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** A listener's stream of notifications, ended by graphql-ws (unsubscribe or disconnect). */
  listen(viewer: Viewer, onSessionEnded: () => void): AsyncIterableIterator<NotificationEntity> {
    const queue: NotificationEntity[] = [];
    let wake: ((r: IteratorResult<NotificationEntity>) => void) | null = null;
    let open = true;
    const listener: Listener = {
      viewer,
      push: (n) => {
        if (wake) {
          const resolve = wake;
          wake = null;
          resolve({ value: n, done: false });
        } else queue.push(n);
      },
      close: onSessionEnded,
    };
    let set = this.listeners.get(viewer.id);
    if (!set) this.listeners.set(viewer.id, (set = new Set()));
    set.add(listener);
    this.ensurePolling();
    const end = (): Promise<IteratorResult<NotificationEntity>> => {
      if (open) {
        open = false;
        wake?.({ value: undefined, done: true });
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(viewer.id);
      }
      return Promise.resolve({ value: undefined, done: true });
    };
    const stream: AsyncIterableIterator<NotificationEntity> = {
      next: () => {
        if (!open) return Promise.resolve({ value: undefined, done: true });
        const queued = queue.shift();
        if (queued) return Promise.resolve({ value: queued, done: false });
        return new Promise((resolve) => (wake = resolve));
      },
      return: end,
      throw: async (e?: unknown) => {
        await end();
        throw e;
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private ensurePolling(): void {
    if (this.timer || this.polling) return;
    const tick = () => {
      this.timer = undefined;
      if (!this.listeners.size) return;
      this.polling = true;
      void this.poll()
        .catch((e: Error) => this.logger.warn(`Notifications not relayed: ${e.message}`))
        .finally(() => {
          this.polling = false;
          if (this.listeners.size) this.timer = setTimeout(tick, POLL_MS).unref();
        });
    };
    this.timer = setTimeout(tick, POLL_MS).unref();
  }

  /** One read for every listener of this instance, then one session check for those who get something. */
  async poll(): Promise<void> {
    const userIds = [...this.listeners.keys()];
    if (!userIds.length) return;
    const rows = await this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id IN (:...userIds)', { userIds })
      .andWhere(`n.updated_at > now() - make_interval(secs => :lookback)`, { lookback: LOOKBACK_SECONDS })
      .andWhere(`n.channel <> 'NEVER'`)
      .orderBy('n.updated_at', 'ASC')
      .getMany();
    const now = Date.now();
    for (const [key, at] of this.sent) if (now - at > (LOOKBACK_SECONDS + 5) * 1000) this.sent.delete(key);
    const fresh = rows.filter((n) => !this.sent.has(`${n.id}@${n.updatedAt.toISOString()}`));
    if (!fresh.length) return;
    const sessions = [
      ...new Set(
        fresh.flatMap((n) => [...(this.listeners.get(n.userId) ?? [])].map((l) => l.viewer.sessionId)),
      ),
    ];
    const valid = await this.auth.validSessions(sessions);
    for (const n of fresh) {
      this.sent.set(`${n.id}@${n.updatedAt.toISOString()}`, now);
      for (const listener of this.listeners.get(n.userId) ?? []) {
        if (valid.has(listener.viewer.sessionId)) listener.push(n);
        else listener.close();
      }
    }
  }
}
