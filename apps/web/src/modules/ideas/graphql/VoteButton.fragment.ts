import { graphql } from '../../../gql';

/** What the vote button shows and changes: the count (null while blind) and the viewer's vote. */
export const VoteButtonFragment = graphql(`
  fragment VoteButton_idea on Idea {
    id
    title
    voteCount
    viewerHasVoted
  }
`);
