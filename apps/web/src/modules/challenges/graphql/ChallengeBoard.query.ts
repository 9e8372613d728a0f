import { graphql } from '../../../gql';

/** Challenges per page on the board. */
export const BOARD_PAGE_SIZE = 12;

/** The board: newest challenges first, a page at a time (cursor pagination). */
export const ChallengeBoardQuery = graphql(`
  query ChallengeBoard($first: Int!, $after: String) {
    challenges(first: $first, after: $after, orderBy: NEWEST) {
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
