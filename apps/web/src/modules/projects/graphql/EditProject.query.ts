import { graphql } from '../../../gql';

/** A project to edit, or to post a challenge for: whether the viewer holds it, and its fields. */
export const EditProjectQuery = graphql(`
  query EditProject($slug: String!) {
    project(slug: $slug) {
      id
      slug
      name
      city
      viewerIsHolder
      ...ProjectForm_project
    }
  }
`);
