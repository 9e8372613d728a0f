import { graphql } from '../../../gql';

/** Everything the challenge's page shows, and what decides which actions the viewer is offered. */
export const ChallengeViewFragment = graphql(`
  fragment ChallengeView_challenge on Challenge {
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
    viewerCanCurate
    createdAt
    updatedAt
    project {
      id
      slug
      name
      city
      viewerIsHolder
    }
    author {
      id
      displayName
    }
    themes {
      slug
      label
    }
    ...FollowButton_challenge
    ...RoundBanner_challenge
    ...ChallengeResources_challenge
  }
`);
