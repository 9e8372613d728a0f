import { screen } from '@testing-library/react';
import { renderOnBoard } from '../../../test/render';
import { EventExportButtons } from './EventExportButtons';

describe('an event’s export buttons', () => {
  it('offer the report to everyone, and no registrants to a participant', () => {
    renderOnBoard(<EventExportButtons eventId="e1" canReadAll={false} hostedVenues={[]} />);

    expect(screen.getByRole('button', { name: 'Compte rendu (Markdown)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Inscrits/ })).not.toBeInTheDocument();
  });

  it('offer every registrant to an organizer', () => {
    renderOnBoard(<EventExportButtons eventId="e1" canReadAll hostedVenues={[]} />, { lng: 'en' });

    expect(screen.getByRole('button', { name: 'All registrants (CSV)' })).toBeInTheDocument();
  });

  it('offer a host the registrants of each venue they host', () => {
    renderOnBoard(
      <EventExportButtons
        eventId="e1"
        canReadAll={false}
        hostedVenues={[
          { id: 'v1', name: 'La Carène' },
          { id: 'v2', name: 'Le Mac Orlan' },
        ]}
      />,
    );

    expect(screen.getByRole('button', { name: 'Inscrits de La Carène (CSV)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inscrits de Le Mac Orlan (CSV)' })).toBeInTheDocument();
  });
});
