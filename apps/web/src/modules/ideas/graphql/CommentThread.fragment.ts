import { graphql } from '../../../gql';

/**
 * A comment in the thread: replies name their parent (one level only); hidden ones (seen by curators
 * and their author) with why.
 */
export const CommentThreadFragment = graphql(`
  fragment CommentThread_comment on Comment {
    id
    body
    deleted
    hidden
    hiddenReason
    viewerHasReported
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
