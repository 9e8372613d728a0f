import { graphql } from '../../../gql';

/** Curators: a titled http(s) link joins the challenge's resources. */
export const AddResourceMutation = graphql(`
  mutation AddResource($challengeId: ID!, $title: String!, $url: String!) {
    addResource(challengeId: $challengeId, title: $title, url: $url) {
      id
      title
      url
    }
  }
`);

/** Curators: a link leaves the challenge's resources; answers with its id. */
export const RemoveResourceMutation = graphql(`
  mutation RemoveResource($id: ID!) {
    removeResource(id: $id)
  }
`);
