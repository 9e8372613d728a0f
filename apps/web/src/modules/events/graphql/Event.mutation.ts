import { graphql } from '../../../gql';

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($eventId: ID!, $venueId: ID!) {
    registerForEvent(eventId: $eventId, venueId: $venueId) {
      id
      status
      waitlistPosition
      event {
        id
        ...EventView_event
      }
    }
  }
`);

export const CancelRegistrationMutation = graphql(`
  mutation CancelRegistration($eventId: ID!) {
    cancelRegistration(eventId: $eventId) {
      id
      status
      event {
        id
        ...EventView_event
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      ...EventView_event
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      ...EventView_event
    }
  }
`);

export const AddVenueMutation = graphql(`
  mutation AddVenue($eventId: ID!, $input: VenueInput!) {
    addVenue(eventId: $eventId, input: $input) {
      id
    }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($id: ID!, $input: VenueInput!) {
    updateVenue(id: $id, input: $input) {
      id
    }
  }
`);

export const RemoveVenueMutation = graphql(`
  mutation RemoveVenue($id: ID!) {
    removeVenue(id: $id)
  }
`);

export const SetEventAgendaMutation = graphql(`
  mutation SetEventAgenda($id: ID!, $items: [AgendaItemInput!]!) {
    setEventAgenda(id: $id, items: $items) {
      id
      ...EventView_event
    }
  }
`);

export const PublishEventMutation = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      id
      ...EventView_event
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      id
      ...EventView_event
    }
  }
`);

export const CompleteEventMutation = graphql(`
  mutation CompleteEvent($id: ID!, $report: String!, $outcomes: [ChallengeOutcomeInput!]) {
    completeEvent(id: $id, report: $report, outcomes: $outcomes) {
      id
      ...EventView_event
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($registrationId: ID!, $present: Boolean!) {
    checkIn(registrationId: $registrationId, present: $present) {
      id
      checkedInAt
    }
  }
`);
