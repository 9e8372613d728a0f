import { graphql } from '../../../gql';

/** How many ideas the shortlist shows at most (a shortlist is short). */
export const SHORTLIST_SIZE = 60;

/** A challenge's shortlisted and selected ideas, most supported first, for its shortlist view. */
export const ShortlistQuery = graphql(`
  query Shortlist($id: ID!, $first: Int!) {
    challenge(id: $id) {
      id
      title
      joinCode
      status
      blindVoting
      viewerCanCurate
      ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {
        totalCount
        edges {
          node {
            id
            title
            body
            status
            hidden
            voteCount
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);
