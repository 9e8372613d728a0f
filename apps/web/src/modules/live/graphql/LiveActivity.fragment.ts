import { graphql } from '../../../gql';

/**
 * An idea as a live event brings it: what its card and page show, and its challenge's counts (so
 * that they are never counted twice, whoever adds the idea first).
 */
export const LiveActivityIdeaFragment = graphql(`
  fragment LiveActivity_idea on Idea {
    id
    title
    updatedAt
    voteCount
    commentCount
    author {
      id
      displayName
    }
    ...IdeaCard_idea
    mergedInto {
      id
      title
    }
    challenge {
      id
      ideaCount
      participantCount
    }
  }
`);

/** A new comment, and its idea's count. */
export const LiveActivityCommentFragment = graphql(`
  fragment LiveActivity_comment on Comment {
    id
    ...CommentThread_comment
    idea {
      id
      commentCount
    }
  }
`);

/**
 * A challenge that changed (edited, published, closed, reopened, a round started or ended). Themes
 * are left out: their labels are translated for the page's language, which a socket does not know.
 */
export const LiveActivityChallengeFragment = graphql(`
  fragment LiveActivity_challenge on Challenge {
    id
    title
    description
    status
    city
    voteBudget
    blindVoting
    closesAt
    outcome
    ideaCount
    participantCount
    updatedAt
    ...PresenceIndicator_challenge
    ...RoundBanner_challenge
    ...ChallengeResources_challenge
  }
`);

/** What is compared before and after an event, to notice what an event cannot say (a removal). */
export const LiveActivityChallengeCountFragment = graphql(`
  fragment LiveActivityCount_challenge on Challenge {
    id
    ideaCount
  }
`);

export const LiveActivityIdeaCountFragment = graphql(`
  fragment LiveActivityCount_idea on Idea {
    id
    commentCount
  }
`);

/** Where an idea stood before an event: a change of status or visibility reshapes the shortlist. */
export const LiveActivityStatusFragment = graphql(`
  fragment LiveActivityStatus_idea on Idea {
    id
    status
    hidden
  }
`);
