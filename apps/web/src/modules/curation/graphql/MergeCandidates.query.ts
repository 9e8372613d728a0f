import { graphql } from '../../../gql';

/** How many of the challenge's ideas the merge dialog searches among (most supported first). */
export const MERGE_CANDIDATES = 100;

/**
 * The ideas an idea may be merged into: the challenge's others (merged ones are left out by the
 * API), most supported first, and those whose text is close to it, suggested first.
 */
export const MergeCandidatesQuery = graphql(`
  query MergeCandidates($challengeId: ID!, $ideaId: ID!, $first: Int!) {
    idea(id: $ideaId) {
      id
      similar(first: 5) {
        id
      }
    }
    challenge(id: $challengeId) {
      id
      ideas(first: $first, orderBy: TOP) {
        totalCount
        edges {
          node {
            id
            title
            status
            hidden
            voteCount
            commentCount
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

/**
 * Ideas of the challenge close to what is searched, for a challenge with more ideas than the
 * dialog loads at once.
 */
export const MergeSearchQuery = graphql(`
  query MergeSearch($challengeId: ID!, $text: String!) {
    similarIdeas(challengeId: $challengeId, text: $text, first: 10) {
      id
      title
      status
      hidden
      voteCount
      commentCount
      author {
        id
        displayName
      }
    }
  }
`);
