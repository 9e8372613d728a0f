import { emptyEvent, validateEvent, venueInput } from './eventForm';

describe('the event form', () => {
  it('asks for a title, a description, dates in order and each venue’s name and city', () => {
    const values = { ...emptyEvent(), startsAt: '2026-12-08T19:00', endsAt: '2026-12-08T18:00' };
    expect(validateEvent(values)).toEqual({
      title: 'events.editor.required',
      description: 'events.editor.required',
      endsAt: 'events.editor.endBeforeStart',
      'venues.0.name': 'events.editor.required',
      'venues.0.city': 'events.editor.required',
    });
  });

  it('sends an empty capacity as no limit, and hosts as ids', () => {
    expect(
      venueInput({
        id: null,
        name: ' Le Fourneau ',
        city: 'Brest',
        address: '',
        capacity: '',
        onlineUrl: '',
        hostIds: 'a, b',
      }),
    ).toEqual({
      name: 'Le Fourneau',
      city: 'Brest',
      address: null,
      capacity: null,
      onlineUrl: null,
      hostIds: ['a', 'b'],
    });
  });
});
