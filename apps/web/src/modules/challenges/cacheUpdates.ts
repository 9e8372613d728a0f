import type { ApolloCache } from '@apollo/client';

/**
 * Forgets the lists a new challenge or a change of status may change (the board's pages under
 * every filter, the counts of the themes and cities, the project's own list), so that each is
 * fetched again the next time it is shown, rather than showing what was true before.
 */
export function forgetChallengeLists(cache: ApolloCache, projectId?: string): void {
  for (const fieldName of ['challenges', 'themes', 'cities']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  if (projectId) {
    const id = cache.identify({ __typename: 'Project', id: projectId });
    if (id) cache.evict({ id, fieldName: 'challenges' });
  }
  cache.gc();
}
