import { graphql } from '../../../gql';

/** Anyone signed in: reports an idea, once, with a reason, for facilitators to review. */
export const ReportIdeaMutation = graphql(`
  mutation ReportIdea($id: ID!, $reason: String!) {
    reportIdea(id: $id, reason: $reason) {
      id
      status
      idea {
        id
        viewerHasReported
      }
    }
  }
`);

/** Anyone signed in: reports a comment, once, with a reason. */
export const ReportCommentMutation = graphql(`
  mutation ReportComment($id: ID!, $reason: String!) {
    reportComment(id: $id, reason: $reason) {
      id
      status
      comment {
        id
        viewerHasReported
      }
    }
  }
`);

/** Facilitators and admins: hides the reported content, or dismisses its reports. */
export const ResolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $hide: Boolean!) {
    resolveReport(id: $id, hide: $hide) {
      id
      status
      resolvedAt
      idea {
        id
        hidden
        hiddenReason
      }
      comment {
        id
        hidden
        hiddenReason
      }
    }
  }
`);
