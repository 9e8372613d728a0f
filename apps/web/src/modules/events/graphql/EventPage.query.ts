import { graphql } from '../../../gql';

/** One event, everything its page shows. */
export const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      ...EventView_event
    }
  }
`);

export const EventViewFragment = graphql(`
  fragment EventView_event on Event {
    id
    title
    description
    format
    status
    startsAt
    endsAt
    timezone
    report
    cancelReason
    icsUrl
    viewerCanOrganize
    organizers {
      id
      displayName
    }
    venues {
      id
      name
      city
      address
      onlineUrl
      capacity
      placesLeft
      registeredCount
      waitlistCount
      checkedInCount
      hosts {
        id
        displayName
      }
    }
    agenda {
      position
      title
      note
      startsAt
      project {
        id
        slug
        name
      }
      challenge {
        id
        title
      }
      ideas {
        id
        title
      }
    }
    viewerRegistration {
      id
      status
      waitlistPosition
      venue {
        id
        city
        name
      }
    }
  }
`);

/** A challenge's published events, for its "Next steps". */
export const ChallengeEventsQuery = graphql(`
  query ChallengeEvents($id: ID!) {
    challenge(id: $id) {
      id
      events {
        id
        title
        startsAt
        timezone
        status
        venues {
          id
          city
        }
      }
    }
  }
`);

/** Registrants of one venue, for organizers and that venue's hosts. */
export const EventRegistrationsQuery = graphql(`
  query EventRegistrations($id: ID!, $venueId: ID, $first: Int!, $after: String) {
    event(id: $id) {
      id
      registrations(venueId: $venueId, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
            waitlistPosition
            checkedInAt
            createdAt
            user {
              id
              displayName
            }
            venue {
              id
              city
            }
          }
        }
      }
    }
  }
`);

/** What the agenda editor offers: projects and challenges. */
export const AgendaChoicesQuery = graphql(`
  query AgendaChoices {
    projects(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
    challenges(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The ideas of a challenge on the agenda: shortlisted ones first. */
export const AgendaIdeasQuery = graphql(`
  query AgendaIdeas($id: ID!) {
    challenge(id: $id) {
      id
      shortlisted: ideas(first: 30, orderBy: TOP, status: [SHORTLISTED, SELECTED]) {
        edges {
          node {
            id
            title
          }
        }
      }
      proposed: ideas(first: 30, orderBy: TOP, status: [PROPOSED]) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);

/** While an event with the challenge on its agenda runs: people watching live, per venue. */
export const VenuePresenceQuery = graphql(`
  query VenuePresence($id: ID!) {
    challenge(id: $id) {
      id
      presentCount
      presenceByVenue {
        count
        venue {
          id
          city
        }
      }
    }
  }
`);
