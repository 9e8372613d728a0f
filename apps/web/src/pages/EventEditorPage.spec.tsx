import { EventFormat, Role } from '@ouimake/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, viewerMock } from '../test/accountFactories';
import { renderBoardAt } from '../test/render';
import { CreateEventMutation } from '../modules/events/graphql/Event.mutation';

describe('the event editor', () => {
  it('refuses people who do not facilitate', async () => {
    renderBoardAt('/events/new', {
      token: 'token-lena',
      mocks: [viewerMock(account({ role: Role.MEMBER }))],
    });
    expect(
      await screen.findByText('Seules les personnes qui facilitent peuvent organiser un atelier.'),
    ).toBeInTheDocument();
  });

  it('checks the details, then creates a draft with venues in several cities, times read in the zone', async () => {
    const sent = jest.fn();
    renderBoardAt('/events/new', {
      token: 'token-erwan',
      mocks: [
        viewerMock(account({ role: Role.FACILITATOR })),
        {
          request: { query: CreateEventMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            sent(variables);
            return { errors: [{ message: 'stop here', extensions: { code: 'FORBIDDEN' } }] };
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Créer un atelier' });
    await userEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));
    expect(await screen.findAllByText('Ce champ est requis.')).not.toHaveLength(0);
    expect(sent).not.toHaveBeenCalled();

    await userEvent.type(screen.getByRole('textbox', { name: 'Titre' }), 'Soirée à trois villes');
    await userEvent.type(screen.getAllByRole('textbox', { name: /^Présentation/ })[0], 'On cuisine.');
    fireEvent.change(screen.getByLabelText(/^Début/), { target: { value: '2036-12-08T18:30' } });
    fireEvent.change(screen.getByLabelText(/^Fin/), { target: { value: '2036-12-08T22:00' } });
    const first = screen.getByRole('group', { name: 'Lieu 1' });
    await userEvent.type(within(first).getByRole('textbox', { name: 'Ville' }), 'Brest');
    await userEvent.type(within(first).getByRole('textbox', { name: 'Nom du lieu' }), 'Le Fourneau');
    await userEvent.type(within(first).getByRole('spinbutton', { name: /^Places/ }), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un lieu' }));
    const second = screen.getByRole('group', { name: 'Lieu 2' });
    await userEvent.type(within(second).getByRole('textbox', { name: 'Ville' }), 'Nantes');
    await userEvent.type(within(second).getByRole('textbox', { name: 'Nom du lieu' }), 'La Cantine');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({
      input: {
        title: 'Soirée à trois villes',
        description: 'On cuisine.',
        format: EventFormat.WORKSHOP,
        timezone: 'Europe/Paris',
        startsAt: '2036-12-08T17:30:00.000Z',
        endsAt: '2036-12-08T21:00:00.000Z',
        venues: [
          { name: 'Le Fourneau', city: 'Brest', address: null, capacity: 12, onlineUrl: null, hostIds: [] },
          { name: 'La Cantine', city: 'Nantes', address: null, capacity: null, onlineUrl: null, hostIds: [] },
        ],
      },
    });
  });
});
