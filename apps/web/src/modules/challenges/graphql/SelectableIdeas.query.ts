import { graphql } from '../../../gql';

/** How many ideas of each kind the close dialog offers to select. */
export const SELECTABLE_IDEAS = 50;

/**
 * The ideas a curator may select when closing a challenge: the shortlisted and selected ones first,
 * then the others, each most supported first (merged ones are left out by the API).
 */
export const SelectableIdeasQuery = graphql(`
  query SelectableIdeas($id: ID!, $first: Int!) {
    challenge(id: $id) {
      id
      kept: ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {
        totalCount
        edges {
          node {
            ...SelectableIdea_idea
          }
        }
      }
      proposed: ideas(first: $first, orderBy: TOP, status: [PROPOSED]) {
        totalCount
        edges {
          node {
            ...SelectableIdea_idea
          }
        }
      }
    }
  }
`);

export const SelectableIdeaFragment = graphql(`
  fragment SelectableIdea_idea on Idea {
    id
    title
    status
    hidden
    voteCount
  }
`);
