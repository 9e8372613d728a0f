import { graphql } from '../../../gql';

/** Events per page on /events. */
export const EVENTS_PAGE_SIZE = 20;

/** The events page: upcoming ones (soonest first) and past ones with their reports. */
export const EventsQuery = graphql(`
  query Events($filter: EventFilter, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          startsAt
          ...EventCard_event
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const EventCardFragment = graphql(`
  fragment EventCard_event on Event {
    id
    title
    format
    status
    startsAt
    endsAt
    timezone
    report
    cancelReason
    venues {
      id
      city
      name
      capacity
      placesLeft
      waitlistCount
    }
  }
`);

/** The cities of the events, for the filter. */
export const EventCitiesQuery = graphql(`
  query EventCities {
    events(first: 100) {
      edges {
        node {
          id
          venues {
            id
            city
          }
        }
      }
    }
  }
`);
