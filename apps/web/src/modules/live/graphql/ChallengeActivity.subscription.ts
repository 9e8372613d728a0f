import { graphql } from '../../../gql';

/**
 * Everything that happens on a challenge while its page is open. Each event carries the thing that
 * changed, as this viewer may see it (blind counts stay null, their own vote is theirs).
 */
export const ChallengeActivitySubscription = graphql(`
  subscription ChallengeActivity($challengeId: ID!) {
    challengeActivity(challengeId: $challengeId) {
      kind
      at
      challengeId
      ideaId
      commentId
      presentCount
      catchUp
      idea {
        id
        ...LiveActivity_idea
      }
      comment {
        id
        ...LiveActivity_comment
      }
      challenge {
        id
        ...LiveActivity_challenge
      }
    }
  }
`);
