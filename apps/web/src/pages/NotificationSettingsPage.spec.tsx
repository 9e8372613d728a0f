import { Role } from '@ouimake/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, viewerMock } from '../test/accountFactories';
import { renderBoardAt } from '../test/render';
import {
  NotificationSettingsQuery,
  SetNotificationPreferenceMutation,
} from '../modules/notifications/graphql/NotificationSettings.query';
import { EmailVerifiedQuery } from '../modules/notifications/graphql/EmailAccount.mutations';

const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });
const topics = ['REPLIES', 'IDEA_STATUS', 'PLACES', 'NEW_IDEAS', 'CLOSINGS', 'EVENTS'] as const;
const preferences = (changed?: [string, string]) =>
  topics.map((topic) => ({
    __typename: 'NotificationPreference',
    topic,
    channel: changed && changed[0] === topic ? changed[1] : 'IN_APP',
  }));
const me = {
  __typename: 'User',
  id: lena.id,
  email: 'lena@exemple.fr',
  emailVerified: false,
  language: 'fr',
  timezone: 'Europe/Paris',
};

describe('the notification settings', () => {
  it('shows the grid in plain words, saves a choice at once, and asks to confirm the address', async () => {
    const set = {
      request: {
        query: SetNotificationPreferenceMutation,
        variables: { topic: 'NEW_IDEAS', channel: 'DIGEST' },
      },
      result: { data: { setNotificationPreference: preferences(['NEW_IDEAS', 'DIGEST']) } },
    };
    renderBoardAt('/settings/notifications', {
      token: 't',
      mocks: [
        viewerMock(lena),
        {
          request: { query: NotificationSettingsQuery },
          result: { data: { me, notificationPreferences: preferences() } },
        },
        {
          request: { query: EmailVerifiedQuery },
          result: {
            data: { me: { __typename: 'User', id: lena.id, email: me.email, emailVerified: false } },
          },
        },
        set,
      ],
    });

    expect(await screen.findByRole('region', { name: 'Ce qui me concerne' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ce que je suis' })).toBeInTheDocument();
    expect(screen.getByText(/toujours envoyés par email/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Renvoyer l’email' })).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('combobox', {
        name: 'Comment l’apprendre\u202f: Nouvelles idées sur les défis que je suis',
      }),
    );
    await userEvent.click(await screen.findByRole('option', { name: 'Dans le résumé du jour' }));
    expect(await screen.findByText('Enregistré.')).toBeInTheDocument();
  });
});
