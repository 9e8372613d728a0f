import { graphql } from '../../../gql';

/** Curators: hides a comment with a reason (said to its author). */
export const HideCommentMutation = graphql(`
  mutation HideComment($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      id
      hidden
      hiddenReason
      idea {
        id
        commentCount
      }
    }
  }
`);

/** Curators: shows a hidden comment again. */
export const UnhideCommentMutation = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      id
      hidden
      hiddenReason
      idea {
        id
        commentCount
      }
    }
  }
`);
