import { ErrorCode, LIMITS } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TOKEN_STORAGE_KEY } from '../../../shared/tokenStore';
import { account, apiError, signUpMock, viewerMock } from '../../../test/accountFactories';
import { boardMock, boardPage } from '../../../test/factories';
import { renderBoardAt } from '../../../test/render';

const emailField = () => screen.getByLabelText(/^Adresse e-mail/);
const passwordField = () => screen.getByLabelText(/^Mot de passe/);
const nameField = () => screen.getByLabelText(/^Nom affiché/);
const cityField = () => screen.getByLabelText(/^Ville/);
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

const input = {
  email: 'gwen@exemple.fr',
  password: 'une phrase facile',
  displayName: 'Gwen Kerleau',
  city: 'Quimper',
};

async function fillIn(values: Partial<typeof input> = input) {
  if (values.email) await userEvent.type(emailField(), values.email);
  if (values.password) await userEvent.type(passwordField(), values.password);
  if (values.displayName) await userEvent.type(nameField(), values.displayName);
  if (values.city) await userEvent.type(cityField(), values.city);
}

describe('the sign-up form', () => {
  it('checks the password and the name against the limits before sending', async () => {
    const request = signUpMock(input, { token: 't', user: account() });
    renderBoardAt('/sign-up', { mocks: [request] });
    const shortPassword = 'x'.repeat(LIMITS.user.passwordMin - 1);
    const shortName = 'G'.repeat(LIMITS.user.displayNameMin - 1);

    await fillIn({ email: input.email, password: shortPassword, displayName: shortName });
    await submit();

    expect(passwordField()).toHaveAccessibleDescription(
      expect.stringContaining(`Le mot de passe doit compter au moins ${LIMITS.user.passwordMin} caractères.`),
    );
    expect(nameField()).toHaveAccessibleDescription(
      expect.stringContaining(`Le nom doit compter au moins ${LIMITS.user.displayNameMin} caractères.`),
    );
    expect(passwordField()).toHaveFocus();
    expect(emailField()).not.toHaveAttribute('aria-invalid', 'true');
    expect(request.result).not.toHaveBeenCalled();
  });

  it('checks a field as soon as the person leaves it after typing, and clears the message as they fix it', async () => {
    renderBoardAt('/sign-up');

    await userEvent.type(passwordField(), 'court');
    expect(passwordField()).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.tab(); // to the show-password button
    expect(passwordField()).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(passwordField(), ' et plus long');
    expect(passwordField()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows an address that already has an account under the email field, with a way to sign in', async () => {
    renderBoardAt('/sign-up', {
      mocks: [signUpMock(input, apiError(ErrorCode.CONFLICT, { field: 'email' }))],
    });

    await fillIn();
    await submit();

    await waitFor(() =>
      expect(emailField()).toHaveAccessibleDescription(
        expect.stringContaining('Un compte existe déjà avec cette adresse.'),
      ),
    );
    expect(emailField()).toHaveFocus();
    const described = document.getElementById(
      emailField().getAttribute('aria-describedby')?.split(' ').at(-1) ?? '',
    );
    expect(
      within(described as HTMLElement).getByRole('link', { name: 'Se connecter avec cette adresse' }),
    ).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('puts a field the API refuses under that field, in English too', async () => {
    renderBoardAt('/sign-up', {
      lng: 'en',
      mocks: [signUpMock(input, apiError(ErrorCode.BAD_USER_INPUT, { field: 'displayName' }))],
    });

    await userEvent.type(screen.getByLabelText(/^Email address/), input.email);
    await userEvent.type(screen.getByLabelText(/^Password/), input.password);
    await userEvent.type(screen.getByLabelText(/^Display name/), input.displayName);
    await userEvent.type(screen.getByLabelText(/^City/), input.city);
    await userEvent.click(screen.getByRole('button', { name: 'Create my account' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^Display name/)).toHaveAccessibleDescription(
        expect.stringContaining(
          `The name needs ${LIMITS.user.displayNameMin} to ${LIMITS.user.displayNameMax} characters.`,
        ),
      ),
    );
  });

  it('creates the account, keeps the token and shows the new member in the header', async () => {
    const gwen = account({ displayName: input.displayName });
    const request = signUpMock(input, { token: 'token-gwen', user: gwen });
    renderBoardAt('/sign-up', { mocks: [request, viewerMock(gwen), boardMock(boardPage([]))] });

    await fillIn();
    await submit();

    expect(
      await screen.findByRole('button', { name: `Mon compte\u202f: ${input.displayName}` }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-gwen');
    expect(request.result).toHaveBeenCalledTimes(1);
  });

  it('sends no city when none is given', async () => {
    const { city: _city, ...withoutCity } = input;
    const gwen = account();
    const request = signUpMock(withoutCity, { token: 'token-gwen', user: gwen });
    renderBoardAt('/sign-up', { mocks: [request, viewerMock(gwen), boardMock(boardPage([]))] });

    await fillIn(withoutCity);
    await submit();

    await waitFor(() => expect(request.result).toHaveBeenCalledTimes(1));
  });

  it('says what each field is for the browser and password managers', () => {
    renderBoardAt('/sign-up');

    expect(emailField()).toHaveAttribute('autocomplete', 'email');
    expect(passwordField()).toHaveAttribute('autocomplete', 'new-password');
    expect(nameField()).toHaveAttribute('autocomplete', 'nickname');
    expect(cityField()).toHaveAttribute('autocomplete', 'address-level2');
  });
});
