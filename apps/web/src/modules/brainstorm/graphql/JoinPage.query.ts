import { graphql } from '../../../gql';

/** The challenge a join code opens (null when none the viewer may see has it). */
export const JoinByCodeQuery = graphql(`
  query JoinByCode($code: String!) {
    challengeByJoinCode(code: $code) {
      id
      joinCode
    }
  }
`);
