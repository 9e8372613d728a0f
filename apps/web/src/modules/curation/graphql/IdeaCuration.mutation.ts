import { graphql } from '../../../gql';

/** Curators: an idea's status (PROPOSED, SHORTLISTED or SELECTED). */
export const SetIdeaStatusMutation = graphql(`
  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!) {
    setIdeaStatus(id: $id, status: $status) {
      id
      status
      updatedAt
    }
  }
`);

/**
 * Curators: folds the source into the target. The API answers with the target (its votes now);
 * the source's new state is written by the board (MERGED, linked to the target).
 */
export const MergeIdeasMutation = graphql(`
  mutation MergeIdeas($sourceId: ID!, $targetId: ID!) {
    mergeIdeas(sourceId: $sourceId, targetId: $targetId) {
      id
      title
      status
      voteCount
      viewerHasVoted
      challenge {
        id
        ideaCount
        viewerVotesLeft
      }
    }
  }
`);

/** What the board writes of a source once merged: its page shows where it went. */
export const MergedIdeaFragment = graphql(`
  fragment MergedIdea_idea on Idea {
    id
    status
    voteCount
    mergedInto {
      id
      title
    }
  }
`);

/** Curators: hides an idea with a reason (said to its author); participants no longer see it. */
export const HideIdeaMutation = graphql(`
  mutation HideIdea($id: ID!, $reason: String!) {
    hideIdea(id: $id, reason: $reason) {
      id
      hidden
      hiddenReason
      challenge {
        id
        ideaCount
      }
    }
  }
`);

/** Curators: shows a hidden idea again. */
export const UnhideIdeaMutation = graphql(`
  mutation UnhideIdea($id: ID!) {
    unhideIdea(id: $id) {
      id
      hidden
      hiddenReason
      challenge {
        id
        ideaCount
      }
    }
  }
`);
