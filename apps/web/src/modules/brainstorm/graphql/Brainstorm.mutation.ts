import { graphql } from '../../../gql';

/** Curators: starts a timed round; a round already running is replaced by this one. */
export const StartBrainstormMutation = graphql(`
  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {
    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {
      id
      phase
      startedAt
      endsAt
      startedBy {
        id
        displayName
      }
    }
  }
`);

/** Curators: ends the running round now (idempotent). */
export const StopBrainstormMutation = graphql(`
  mutation StopBrainstorm($challengeId: ID!) {
    stopBrainstorm(challengeId: $challengeId) {
      id
      ...RoundBanner_challenge
    }
  }
`);
