import { graphql } from '../../../gql';

export { BOARD_PAGE_SIZE } from '../boardFilters';

/** The board: challenges matching the filters, in the order asked, a page at a time (cursors). */
export const ChallengeBoardQuery = graphql(`
  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          ...ChallengeCard_challenge
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
