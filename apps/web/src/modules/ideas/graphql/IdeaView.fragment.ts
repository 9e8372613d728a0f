import { graphql } from '../../../gql';

/** An idea on its own page: its full text, who wrote it, and what the viewer may do with it. */
export const IdeaViewFragment = graphql(`
  fragment IdeaView_idea on Idea {
    id
    title
    body
    status
    hidden
    hiddenReason
    viewerHasReported
    mergedInto {
      id
      title
    }
    commentCount
    createdAt
    updatedAt
    author {
      id
      displayName
    }
    challenge {
      id
      title
      status
      blindVoting
      voteBudget
      viewerVotesLeft
      viewerCanCurate
      session {
        id
        phase
        endsAt
      }
    }
    ...VoteButton_idea
    ...IdeaTimeline_idea
  }
`);
