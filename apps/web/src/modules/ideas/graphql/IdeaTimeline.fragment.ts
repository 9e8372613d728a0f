import { graphql } from '../../../gql';

/** What became of an idea, step by step, for its page. */
export const IdeaTimelineFragment = graphql(`
  fragment IdeaTimeline_idea on Idea {
    id
    timeline {
      kind
      at
      outcome
      mergedInto {
        id
        title
      }
      event {
        id
        title
      }
    }
  }
`);
