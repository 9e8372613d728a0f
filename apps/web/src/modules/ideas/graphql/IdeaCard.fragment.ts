import { graphql } from '../../../gql';

/** An idea as a sticky note on the challenge's wall. */
export const IdeaCardFragment = graphql(`
  fragment IdeaCard_idea on Idea {
    id
    title
    body
    status
    commentCount
    createdAt
    author {
      id
      displayName
    }
    ...VoteButton_idea
  }
`);
