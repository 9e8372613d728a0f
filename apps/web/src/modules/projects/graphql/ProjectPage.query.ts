import { graphql } from '../../../gql';

/** Challenges per page on a project's page. */
export const PROJECT_CHALLENGES_PAGE_SIZE = 12;

/** A project by its slug, with its challenges (its drafts too, for its holders). */
export const ProjectPageQuery = graphql(`
  query ProjectPage($slug: String!, $first: Int!, $after: String) {
    project(slug: $slug) {
      id
      ...ProjectView_project
      challenges(first: $first, after: $after) {
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
  }
`);
