import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ErrorCode } from '@ouimake/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiErrors } from './apiErrors';

/**
 * What a person wrote (an idea, a comment) and sent while the connection was down: kept on the
 * device (localStorage, per person and per form) and sent again, with the same key, until the
 * server has it. The server makes one thing per key (ProposeIdeaInput.clientKey), so a request that
 * did reach it before the connection dropped is never made twice.
 */
export interface Pending<V> {
  /** The client key: the same for the first attempt and every retry. */
  key: string;
  values: V;
  /** When it was first sent (ISO 8601). */
  since: string;
}

const PREFIX = 'ouimake.outbox.';
/** While something waits, it is tried again this often (and at once when the browser is back online). */
export const OUTBOX_RETRY_MS = 5_000;

/**
 * Whether a request failed for want of a connection (or of a server able to answer: a proxy's
 * 502/503/504, a database out for a moment) rather than because the API refused it.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return apiErrors(error).some((e) => e.code === ErrorCode.INTERNAL_SERVER_ERROR && e.retryAfterSeconds);
  }
  if (ServerError.is(error)) return error.statusCode >= 502 || error.statusCode === 0;
  return (
    error instanceof TypeError || (error instanceof Error && /network|fetch|offline/i.test(error.message))
  );
}

/** A random UUID (v4), also where `crypto.randomUUID` is missing (a board served over plain http on a LAN). */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function read<V>(slot: string): Pending<V>[] {
  try {
    const items: unknown = JSON.parse(window.localStorage.getItem(PREFIX + slot) ?? '[]');
    return Array.isArray(items) ? (items as Pending<V>[]) : [];
  } catch {
    return [];
  }
}

function write<V>(slot: string, items: Pending<V>[]): void {
  try {
    if (items.length) window.localStorage.setItem(PREFIX + slot, JSON.stringify(items));
    else window.localStorage.removeItem(PREFIX + slot);
  } catch {
    // Storage full or refused (private mode): it waits in memory only, for this page.
  }
}

export interface OutboxOptions<V> {
  /**
   * Where it waits: one person's one form (`user-1:idea:challenge-2`), so that nothing is ever sent
   * in the name of someone else who signs in on the same device. Null: nothing is kept (signed out).
   */
  slot: string | null;
  /** Sends one item (with its key); throws what the API or the network threw. */
  deliver: (item: Pending<V>) => Promise<void>;
  /** A waiting item reached the server. */
  onDelivered?: (item: Pending<V>) => void;
  /** A waiting item was refused once the connection came back (the challenge closed meanwhile...). */
  onRefused?: (item: Pending<V>, error: unknown) => void;
  /**
   * Only the latest wish counts (a vote: voted or not): a send replaces whatever waits rather than
   * queueing behind it.
   */
  latestOnly?: boolean;
}

export interface Outbox<V> {
  /** What waits for the connection, oldest first. */
  pending: Pending<V>[];
  /**
   * Sends at once; on a connection failure keeps it to send again and answers 'kept'. An API
   * refusal is thrown, as for any request.
   */
  send: (values: V) => Promise<'sent' | 'kept'>;
}

/** An outbox for one form: see {@link Pending}. */
export function useOutbox<V>({
  slot,
  deliver,
  onDelivered,
  onRefused,
  latestOnly = false,
}: OutboxOptions<V>): Outbox<V> {
  const [pending, setPendingState] = useState<Pending<V>[]>(() => (slot ? read<V>(slot) : []));
  // The same list as before keeps its identity: a button with nothing waiting is not drawn again
  // (a wall of ideas has one outbox per vote button).
  const setPending = useCallback((next: Pending<V>[]) => {
    setPendingState((previous) =>
      previous.length === next.length && previous.every((item, index) => item.key === next[index]?.key)
        ? previous
        : next,
    );
  }, []);
  const handlers = useRef({ deliver, onDelivered, onRefused });
  handlers.current = { deliver, onDelivered, onRefused };
  const flushing = useRef(false);
  // Sends and retries go one after the other, in order: a retry never overtakes a newer send.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inTurn = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const flush = useCallback(async () => {
    if (!slot || flushing.current) return;
    flushing.current = true;
    await inTurn(async () => {
      for (const item of read<V>(slot)) {
        try {
          await handlers.current.deliver(item);
        } catch (error) {
          if (isConnectionFailure(error)) break;
          write(
            slot,
            read<V>(slot).filter((other) => other.key !== item.key),
          );
          setPending(read<V>(slot));
          handlers.current.onRefused?.(item, error);
          continue;
        }
        write(
          slot,
          read<V>(slot).filter((other) => other.key !== item.key),
        );
        setPending(read<V>(slot));
        handlers.current.onDelivered?.(item);
      }
    }).finally(() => {
      flushing.current = false;
    });
  }, [slot, inTurn, setPending]);

  useEffect(() => {
    if (!slot) {
      setPending([]);
      return undefined;
    }
    setPending(read<V>(slot));
    if (read<V>(slot).length) void flush();
    const again = () => {
      if (read<V>(slot).length) void flush();
    };
    window.addEventListener('online', again);
    const timer = setInterval(again, OUTBOX_RETRY_MS);
    return () => {
      window.removeEventListener('online', again);
      clearInterval(timer);
    };
  }, [slot, flush, setPending]);

  const send = useCallback(
    (values: V): Promise<'sent' | 'kept'> =>
      inTurn(async () => {
        const item: Pending<V> = { key: newClientKey(), values, since: new Date().toISOString() };
        if (slot && latestOnly && read<V>(slot).length) {
          write(slot, []);
          setPending([]);
        }
        try {
          await handlers.current.deliver(item);
          return 'sent';
        } catch (error) {
          if (!slot || !isConnectionFailure(error)) throw error;
          write(slot, [...read<V>(slot), item]);
          setPending(read<V>(slot));
          return 'kept';
        }
      }),
    [slot, latestOnly, inTurn, setPending],
  );

  return { pending, send };
}
