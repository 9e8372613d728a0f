import { graphql } from '../../../gql';

/** How many open challenges of each kind the facilitation page looks at. */
export const ATTENTION_SCAN = 20;

/** What the facilitation page reads of a challenge to say why it needs attention. */
export const AttentionChallengeFragment = graphql(`
  fragment AttentionChallenge_challenge on Challenge {
    id
    title
    status
    ideaCount
    closesAt
    project {
      id
      name
    }
    shortlist: ideas(first: 1, status: [SHORTLISTED, SELECTED]) {
      totalCount
    }
  }
`);

/**
 * Open challenges with the most ideas, and those closing soonest: the facilitation page keeps the
 * ones with many ideas and no shortlist, and the ones whose deadline is near or passed.
 */
export const AttentionChallengesQuery = graphql(`
  query AttentionChallenges($first: Int!) {
    mostIdeas: challenges(first: $first, orderBy: MOST_IDEAS, filter: { status: [OPEN] }) {
      edges {
        node {
          id
          ...AttentionChallenge_challenge
        }
      }
    }
    closingSoon: challenges(first: $first, orderBy: CLOSING_SOON, filter: { status: [OPEN] }) {
      edges {
        node {
          id
          ...AttentionChallenge_challenge
        }
      }
    }
  }
`);
