import { graphql } from '../../../gql';

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      ...CommentThread_comment
      idea {
        id
        commentCount
        # Commenting follows the challenge: its button says so at once.
        challenge {
          id
          viewerIsFollowing
        }
      }
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);
