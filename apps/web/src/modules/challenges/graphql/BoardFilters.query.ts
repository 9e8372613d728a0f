import { graphql } from '../../../gql';

/** What the board can be filtered by: every theme (in the interface language) and every city. */
export const BoardFiltersQuery = graphql(`
  query BoardFilters {
    themes {
      slug
      label
      challengeCount
    }
    cities {
      city
      challengeCount
    }
  }
`);
