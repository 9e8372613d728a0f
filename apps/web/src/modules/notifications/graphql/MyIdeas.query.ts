import { graphql } from '../../../gql';

/** The viewer's own ideas, newest first, with what became of each. */
export const MyIdeasQuery = graphql(`
  query MyIdeas($first: Int, $after: String) {
    myIdeas(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...MyContribution_idea
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyContributionFragment = graphql(`
  fragment MyContribution_idea on Idea {
    id
    title
    status
    hidden
    createdAt
    challenge {
      id
      title
    }
    timeline {
      kind
      at
      outcome
      mergedInto {
        id
        title
      }
      event {
        id
        title
      }
    }
  }
`);
