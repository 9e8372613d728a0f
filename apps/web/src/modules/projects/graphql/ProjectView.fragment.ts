import { graphql } from '../../../gql';

/** What the project's page shows of it, and whether the viewer holds it. */
export const ProjectViewFragment = graphql(`
  fragment ProjectView_project on Project {
    id
    slug
    name
    summary
    description
    city
    website
    viewerIsHolder
    holders {
      id
      displayName
    }
  }
`);
