import { graphql } from '../../../gql';

/** The projects the signed-in person holds. */
export const MyProjectsQuery = graphql(`
  query MyProjects {
    me {
      id
      projects {
        id
        slug
        name
        summary
        city
      }
    }
  }
`);
