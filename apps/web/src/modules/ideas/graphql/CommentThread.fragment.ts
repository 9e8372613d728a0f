import { graphql } from '../../../gql';

/** A comment in the thread: replies name their parent (one level only). */
export const CommentThreadFragment = graphql(`
  fragment CommentThread_comment on Comment {
    id
    body
    deleted
    createdAt
    author {
      id
      displayName
    }
    parent {
      id
    }
  }
`);
