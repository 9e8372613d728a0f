import { graphql } from '../../../gql';

/**
 * An idea as a sticky note on the challenge's wall; hidden ones (seen by curators and their author)
 * with why, and whether the viewer reported it.
 */
export const IdeaCardFragment = graphql(`
  fragment IdeaCard_idea on Idea {
    id
    title
    body
    status
    hidden
    hiddenReason
    viewerHasReported
    commentCount
    createdAt
    author {
      id
      displayName
    }
    authorVenue {
      id
      city
    }
    ...VoteButton_idea
  }
`);
