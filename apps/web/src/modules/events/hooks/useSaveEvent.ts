import { useMutation } from '@apollo/client/react';
import {
  AddVenueMutation,
  CreateEventMutation,
  RemoveVenueMutation,
  UpdateEventMutation,
  UpdateVenueMutation,
} from '../graphql/Event.mutation';
import { detailsInput, type EventValues, venueInput } from '../eventForm';

/**
 * Saves the editor's details: a new event with its venues, or an existing one's details, then its
 * venues one by one (added, changed, removed). Resolves with the event's id.
 */
export function useSaveEvent(existing: { id: string; venueIds: string[] } | null) {
  const [create] = useMutation(CreateEventMutation);
  const [update] = useMutation(UpdateEventMutation);
  const [addVenue] = useMutation(AddVenueMutation);
  const [updateVenue] = useMutation(UpdateVenueMutation);
  const [removeVenue] = useMutation(RemoveVenueMutation);

  return async (values: EventValues): Promise<string> => {
    const details = detailsInput(values);
    if (!existing) {
      const { data } = await create({
        variables: { input: { ...details, format: values.format, venues: values.venues.map(venueInput) } },
      });
      if (!data) throw new Error('createEvent answered nothing');
      return data.createEvent.id;
    }
    await update({ variables: { id: existing.id, input: details } });
    const kept = new Set(values.venues.map((v) => v.id).filter(Boolean));
    for (const id of existing.venueIds) {
      if (!kept.has(id)) await removeVenue({ variables: { id } });
    }
    for (const venue of values.venues) {
      if (venue.id) await updateVenue({ variables: { id: venue.id, input: venueInput(venue) } });
      else await addVenue({ variables: { eventId: existing.id, input: venueInput(venue) } });
    }
    return existing.id;
  };
}
