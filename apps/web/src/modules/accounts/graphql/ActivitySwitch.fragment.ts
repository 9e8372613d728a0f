import { graphql } from '../../../gql';

/** Whether the person's public profile lists their ideas and comments (theirs to see only). */
export const ActivitySwitchFragment = graphql(`
  fragment ActivitySwitch_user on User {
    id
    showActivity
  }
`);
