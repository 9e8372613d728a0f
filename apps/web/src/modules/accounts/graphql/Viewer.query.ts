import { graphql } from '../../../gql';

/** Who is signed in (null when nobody is): the header's user menu and the pages' access checks. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      role
      ...UserMenu_user
    }
  }
`);
