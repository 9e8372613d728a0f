import type { ApolloClient } from '@apollo/client';

/**
 * A page kept live gets its data two ways: queries answered by the server, and live events applied
 * to the cache. A query answers with what the server read when it got the request; sent before a
 * live event and answered after it, it would put the page back as it was before the event (a round
 * switched, then shown as not switched, with no later event to set it right). Every refetch of a
 * live page goes through `refetchLive`, which asks again when an event arrived while it was out.
 */
let appliedEvents = 0;

/** Called for every live event applied to the cache. */
export function liveEventApplied(): void {
  appliedEvents += 1;
}

/**
 * At most this many rounds: in a busy room events keep arriving, and each of them sets right what
 * it is about by itself; what a refetch could undo is a rarer event (a round, a status) that
 * arrived just then.
 */
export const MAX_REFETCH_ROUNDS = 3;

/**
 * Refetches the queries `include` names (or all on screen), again while a live event arrived
 * during the last round. Resolves once the cache holds the answers; a failure is left to each
 * query's own error state.
 */
export async function refetchLive(
  client: Pick<ApolloClient, 'refetchQueries'>,
  include: Parameters<ApolloClient['refetchQueries']>[0]['include'],
): Promise<void> {
  for (let round = 0; round < MAX_REFETCH_ROUNDS; round += 1) {
    const before = appliedEvents;
    try {
      await client.refetchQueries({ include });
    } catch {
      return;
    }
    if (appliedEvents === before) return;
  }
}
