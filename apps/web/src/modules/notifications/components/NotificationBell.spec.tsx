import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Role } from '@ouimake/domain';
import { account, viewerMock } from '../../../test/accountFactories';
import { notification, notificationsMock } from '../../../test/notificationFactories';
import { renderBoardAt } from '../../../test/render';
import { MarkNotificationsReadMutation } from '../graphql/MarkNotificationsRead.mutation';

const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });

describe('the notification bell', () => {
  it('shows the unread count, opens a panel of sentences leading to their place, and marks all read', async () => {
    const rows = [
      notification(),
      notification({ kind: 'IDEA_PROPOSED', count: 12 }),
      notification({ kind: 'CHALLENGE_CLOSED', readAt: new Date().toISOString() }),
    ];
    // Once marked, the API answers the list read (the bell reads it again after marking).
    let marked = false;
    const markAll = {
      request: { query: MarkNotificationsReadMutation, variables: { ids: null } },
      result: () => {
        marked = true;
        return { data: { markNotificationsRead: 2 } };
      },
    };
    const now = new Date().toISOString();
    const held = () => (marked ? rows.map((row) => ({ ...row, readAt: row.readAt ?? now })) : rows);
    renderBoardAt('/nulle-part', { token: 't', mocks: [viewerMock(lena), notificationsMock(held), markAll] });

    const bell = await screen.findByRole('button', { name: 'Notifications, 2 non lues' });
    await userEvent.click(bell);
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(
      within(panel).getByRole('link', { name: /Malo Jaouen a commenté «\u202fUn café réparation\u202f»/ }),
    ).toHaveAttribute('href', '/ideas/i1#comment-k1');
    expect(
      within(panel).getByRole('link', { name: /12 nouvelles idées sur «\u202fRéparer ensemble\u202f»/ }),
    ).toHaveAttribute('href', '/challenges/c1');
    expect(within(panel).getByRole('link', { name: 'Voir toutes les notifications' })).toHaveAttribute(
      'href',
      '/notifications',
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Tout marquer comme lu' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Notifications' })).toBeInTheDocument());
    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: /Marquer comme lue/ })).not.toBeInTheDocument(),
    );
  });

  it('says when there is nothing yet, in English too', async () => {
    renderBoardAt('/nulle-part', { token: 't', lng: 'en', mocks: [viewerMock(lena), notificationsMock([])] });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText('Nothing new yet')).toBeInTheDocument();
  });
});

describe('the notifications page', () => {
  it('groups by day and marks one read', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const rows = [
      notification(),
      notification({ kind: 'IDEA_SELECTED', updatedAt: yesterday, createdAt: yesterday }),
    ];
    const markOne = {
      request: { query: MarkNotificationsReadMutation, variables: { ids: [rows[0]?.id] } },
      result: { data: { markNotificationsRead: 1 } },
    };
    renderBoardAt('/notifications', {
      token: 't',
      mocks: [viewerMock(lena), notificationsMock(rows), markOne],
    });

    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('region', { name: 'Aujourd’hui' })).toBeInTheDocument();
    const hier = within(main).getByRole('region', { name: 'Hier' });
    expect(
      within(hier).getByRole('link', { name: /Votre idée «\u202fUn café réparation\u202f» a été retenue/ }),
    ).toBeInTheDocument();
    expect(within(main).getByText('2 non lues')).toBeInTheDocument();

    await userEvent.click(
      within(main).getByRole('button', {
        name: 'Marquer comme lue\u202f: Malo Jaouen a commenté «\u202fUn café réparation\u202f»',
      }),
    );
    expect(await within(main).findByText('1 non lue')).toBeInTheDocument();
  });
});
