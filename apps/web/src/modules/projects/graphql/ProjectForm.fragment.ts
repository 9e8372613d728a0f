import { graphql } from '../../../gql';

/** What the project form edits. */
export const ProjectFormFragment = graphql(`
  fragment ProjectForm_project on Project {
    id
    slug
    name
    summary
    description
    city
    website
  }
`);
