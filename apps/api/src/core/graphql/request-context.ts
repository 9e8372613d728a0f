import type { Locale, Role } from '@ouimake/domain';
import type { ExecutionArgs, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { WebSocket } from 'ws';
import type { Loaders } from '../dataloader/loaders';
import type { DomainError } from './domain-error';

/** The person a request acts for. Anonymous requests have none. */
export interface Viewer {
  id: string;
  role: Role;
  /** The session the request's token belongs to (signOut revokes it). */
  sessionId: string;
}

/** What every resolver of one request shares: who asks, in which language, and its DataLoaders. */
export interface RequestContext {
  viewer: Viewer | null;
  /** Set when the request carried a token that is forged, expired or revoked: every field refuses. */
  authError: DomainError | null;
  /** The client's address (behind TRUST_PROXY proxies), for rate limits. */
  clientAddress: string;
  locale: Locale;
  loaders: Loaders;
  /**
   * What a mutation's write made known, given to the loaders once they are emptied after it (see
   * FreshAfterMutationInterceptor): the fields asked back read it instead of the database.
   */
  primes?: ((loaders: Loaders) => void)[];
  /** Set over WebSocket only. */
  operation?: SocketOperation;
}

/**
 * An operation received over WebSocket: live fan-out executes it once per event for everyone who
 * sent the same one, and writes the result to each socket itself.
 */
export interface SocketOperation {
  socket: WebSocket;
  /** The graphql-ws subscription id the results go out under. */
  id: string;
  /** The document's text: with the variables and the operation's name, what subscribers share. */
  query: string;
  args: ExecutionArgs;
  formatError: (error: GraphQLError) => GraphQLFormattedError;
}
