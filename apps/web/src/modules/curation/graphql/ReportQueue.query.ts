import { graphql } from '../../../gql';

/** How many reports a page of the queue shows. */
export const REPORTS_PAGE_SIZE = 20;

/** A report as the queue shows it: what was reported, where, by whom and why. */
export const ReportQueueItemFragment = graphql(`
  fragment ReportQueueItem_report on Report {
    id
    reason
    status
    createdAt
    reporter {
      id
      displayName
    }
    idea {
      id
      title
      body
      hidden
      hiddenReason
      author {
        id
        displayName
      }
      challenge {
        id
        title
      }
    }
    comment {
      id
      body
      hidden
      hiddenReason
      author {
        id
        displayName
      }
      idea {
        id
        title
        challenge {
          id
          title
        }
      }
    }
  }
`);

/** Facilitators and admins: the open reports, oldest first. */
export const ReportQueueQuery = graphql(`
  query ReportQueue($first: Int!, $after: String) {
    reports(first: $first, after: $after, status: [OPEN]) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ReportQueueItem_report
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
