import { ErrorCode } from '@ouimake/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '../test/accountFactories';
import { renderBoardAt } from '../test/render';
import {
  RequestPasswordResetMutation,
  ResetPasswordMutation,
} from '../modules/notifications/graphql/EmailAccount.mutations';

describe('a forgotten password', () => {
  it('asks for the address and always answers the same', async () => {
    const request = {
      request: {
        query: RequestPasswordResetMutation,
        variables: { email: 'gwen@exemple.fr', language: 'fr' },
      },
      result: { data: { requestPasswordReset: true } },
    };
    renderBoardAt('/forgot-password', { mocks: [request] });
    await userEvent.type(await screen.findByLabelText(/^Adresse e-mail/), 'gwen@exemple.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Recevoir le lien' }));
    expect(await screen.findByText(/Si un compte existe avec l’adresse gwen@exemple.fr/)).toBeInTheDocument();
  });

  it('is reached from the sign-in form', async () => {
    renderBoardAt('/sign-in');
    expect(await screen.findByRole('link', { name: 'Mot de passe oublié\u202f?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});

describe('resetting the password from the emailed link', () => {
  it('asks for the new password twice', async () => {
    renderBoardAt('/reset-password?token=abc');
    await userEvent.type(await screen.findByLabelText(/^Nouveau mot de passe/), 'une phrase facile');
    await userEvent.type(screen.getByLabelText(/^Le même, une seconde fois/), 'une autre phrase');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));
    expect(await screen.findByText('Les deux mots de passe ne sont pas les mêmes.')).toBeInTheDocument();
  });

  it('says clearly when the link was used or expired, and offers a new one', async () => {
    const refused = {
      request: { query: ResetPasswordMutation, variables: { token: 'old', password: 'une phrase facile' } },
      result: { errors: [apiError(ErrorCode.BAD_USER_INPUT, { field: 'token' })] },
    };
    renderBoardAt('/reset-password?token=old', { mocks: [refused] });
    await userEvent.type(await screen.findByLabelText(/^Nouveau mot de passe/), 'une phrase facile');
    await userEvent.type(screen.getByLabelText(/^Le même, une seconde fois/), 'une phrase facile');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));
    expect(await screen.findByRole('heading', { name: 'Ce lien ne fonctionne plus' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
