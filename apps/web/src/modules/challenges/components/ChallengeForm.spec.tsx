import { ChallengeStatus, ErrorCode } from '@ouimake/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../../gql';
import { apiError } from '../../../test/accountFactories';
import {
  createChallengeMock,
  pageChallenge,
  publishMock,
  themeChoicesMock,
  updateChallengeMock,
} from '../../../test/challengeFactories';
import { renderOnBoard } from '../../../test/render';
import { ChallengeFormFragment } from '../graphql/ChallengeForm.fragment';
import { ChallengeForm } from './ChallengeForm';

const project = { id: 'project-coop', name: 'La Coopérative des Créateurs', city: 'Brest' };
const title = () => screen.getByRole('textbox', { name: 'Titre' });
const context = () => screen.getByRole('textbox', { name: 'Le contexte' });
const city = () => screen.getByRole('textbox', { name: 'Ville' });
const closesAt = () => screen.getByLabelText('Date limite des idées');
const publishButton = () => screen.getByRole('button', { name: 'Publier le défi' });
const draftButton = () => screen.getByRole('button', { name: 'Enregistrer comme brouillon' });

function renderNew(mocks: Parameters<typeof renderOnBoard>[1] extends infer O ? O : never = {}) {
  const onSaved = jest.fn();
  renderOnBoard(<ChallengeForm project={project} onSaved={onSaved} />, {
    ...mocks,
    mocks: [themeChoicesMock(), ...(mocks?.mocks ?? [])],
  });
  return onSaved;
}

async function fillQuestion() {
  await userEvent.type(title(), 'Comment garder nos bénévoles ?');
  await userEvent.type(context(), 'Ils viennent **le samedi**.');
}

const base = {
  projectId: 'project-coop',
  title: 'Comment garder nos bénévoles ?',
  description: 'Ils viennent **le samedi**.',
  themes: [] as string[],
  city: 'Brest',
  voteBudget: null,
  blindVoting: false,
  closesAt: null,
};

describe('ChallengeForm: checks before sending', () => {
  it('says what is missing under each field, focuses the first one, and sends nothing', async () => {
    const create = createChallengeMock(
      { ...base, publish: true },
      { id: 'c1', status: ChallengeStatus.OPEN },
    );
    renderNew({ mocks: [create] });

    await userEvent.click(publishButton());

    expect(title()).toHaveAccessibleDescription(expect.stringContaining('Donnez un titre à votre défi.'));
    expect(title()).toHaveAttribute('aria-invalid', 'true');
    expect(context()).toHaveAccessibleDescription(
      expect.stringContaining('Décrivez le contexte, même en quelques lignes.'),
    );
    expect(context()).toHaveAttribute('aria-invalid', 'true');
    expect(title()).toHaveFocus();
    expect(create.result).not.toHaveBeenCalled();
  });

  it('applies the limits of the domain: title length, vote budget, a deadline to come', async () => {
    renderNew();

    await userEvent.type(title(), 'Ab');
    await userEvent.click(screen.getByRole('switch', { name: 'Limiter le nombre de votes par personne' }));
    const budget = screen.getByRole('textbox', { name: 'Votes par personne' });
    await userEvent.clear(budget);
    await userEvent.type(budget, '101');
    fireEvent.change(closesAt(), { target: { value: '2001-01-01T10:00' } });
    await userEvent.click(publishButton());

    expect(title()).toHaveAccessibleDescription(
      expect.stringContaining('Le titre doit compter au moins 3 caractères.'),
    );
    expect(budget).toHaveAccessibleDescription(
      expect.stringContaining('Le nombre de votes par personne doit être un nombre entier de 1 à 100.'),
    );
    expect(closesAt()).toHaveAccessibleDescription(
      expect.stringContaining('La date limite doit être dans le futur.'),
    );

    await userEvent.clear(title());
    await userEvent.type(title(), 'x'.repeat(141));
    await userEvent.click(publishButton());
    expect(title()).toHaveAccessibleDescription(
      expect.stringContaining('Le titre doit compter au plus 140 caractères.'),
    );
    expect(screen.getByText('1 caractère en trop')).toBeInTheDocument();
  });

  it('shows the context in the preview, and goes back to the text when it is in error', async () => {
    renderNew();
    await userEvent.type(context(), 'Nous **cuisinons** ensemble');

    await userEvent.click(screen.getByRole('tab', { name: 'Aperçu' }));
    expect(screen.getByText('cuisinons').tagName).toBe('STRONG');

    await userEvent.click(screen.getByRole('tab', { name: 'Écrire' }));
    await userEvent.clear(context());
    await userEvent.type(title(), 'Un vrai titre');
    await userEvent.click(screen.getByRole('tab', { name: 'Aperçu' }));
    expect(screen.getByText('Rien à afficher pour l’instant.')).toBeVisible();
    await userEvent.click(publishButton());

    expect(screen.getByRole('tab', { name: 'Écrire' })).toHaveAttribute('aria-selected', 'true');
    expect(context()).toHaveFocus();
  });
});

describe('ChallengeForm: sending', () => {
  it('publishes a new challenge with its themes, in the city of its project by default', async () => {
    const create = createChallengeMock(
      { ...base, themes: ['volunteering'], publish: true },
      { id: 'challenge-new', status: ChallengeStatus.OPEN },
    );
    const onSaved = renderNew({ mocks: [create] });
    await fillQuestion();
    expect(city()).toHaveValue('Brest');

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Bénévolat' }));
    await userEvent.click(publishButton());

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('challenge-new'));
    expect(create.result).toHaveBeenCalledTimes(1);
  });

  it('saves a draft with a vote budget, blind voting and a deadline', async () => {
    const deadline = '2099-06-01T18:00';
    const create = createChallengeMock(
      {
        ...base,
        city: null,
        voteBudget: 5,
        blindVoting: true,
        closesAt: new Date(deadline).toISOString(),
        publish: false,
      },
      { id: 'challenge-draft', status: ChallengeStatus.DRAFT },
    );
    const onSaved = renderNew({ mocks: [create] });
    await fillQuestion();
    await userEvent.clear(city());
    await userEvent.click(screen.getByRole('switch', { name: 'Limiter le nombre de votes par personne' }));
    const budget = screen.getByRole('textbox', { name: 'Votes par personne' });
    await userEvent.clear(budget);
    await userEvent.type(budget, '5');
    await userEvent.click(screen.getByRole('switch', { name: 'Vote à l’aveugle' }));
    fireEvent.change(closesAt(), { target: { value: deadline } });

    await userEvent.click(draftButton());

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('challenge-draft'));
  });

  it.each([
    ['title', () => title(), 'Le titre doit compter de 3 à 140 caractères.'],
    [
      'description',
      () => context(),
      'Le contexte est obligatoire et doit compter au plus 20\u202f000 caractères.',
    ],
    ['closesAt', () => closesAt(), 'La date limite doit être dans le futur.'],
  ])('puts a refusal of %s under its field and focuses it', async (field, input, text) => {
    const create = createChallengeMock(
      { ...base, publish: true },
      apiError(ErrorCode.BAD_USER_INPUT, { field }),
    );
    const onSaved = renderNew({ mocks: [create] });
    await fillQuestion();

    await userEvent.click(publishButton());

    await waitFor(() => expect(input()).toHaveAccessibleDescription(expect.stringContaining(text)));
    expect(input()).toHaveFocus();
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says above the buttons when the API refuses the whole thing', async () => {
    const create = createChallengeMock({ ...base, publish: true }, apiError(ErrorCode.FORBIDDEN));
    renderNew({ mocks: [create] });
    await fillQuestion();

    await userEvent.click(publishButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('Vous n’avez pas le droit de faire cela.');
    expect(publishButton()).not.toHaveAttribute('aria-disabled');
  });
});

describe('ChallengeForm: editing', () => {
  function renderEdit(
    challenge: ReturnType<typeof pageChallenge>,
    mocks: Parameters<typeof renderOnBoard>[1],
  ) {
    const onSaved = jest.fn();
    const fragment = makeFragmentData(
      { ...challenge, themes: challenge.themes.map(({ slug }) => ({ __typename: 'Theme' as const, slug })) },
      ChallengeFormFragment,
    );
    renderOnBoard(<ChallengeForm project={project} challenge={fragment} onSaved={onSaved} />, {
      ...mocks,
      mocks: [themeChoicesMock(), ...(mocks?.mocks ?? [])],
    });
    return onSaved;
  }

  it('saves and publishes a draft, without sending again a deadline it did not change', async () => {
    const draft = pageChallenge({
      status: ChallengeStatus.DRAFT,
      voteBudget: 3,
      closesAt: '2020-01-01T10:00:00.000Z',
    });
    const input = {
      title: `${draft.title} Vraiment`,
      description: draft.description,
      themes: ['volunteering'],
      city: 'Brest',
      voteBudget: 3,
      blindVoting: false,
    };
    const update = updateChallengeMock(draft.id, input, { ...draft, title: input.title });
    const publish = publishMock(draft.id, { ...draft, status: ChallengeStatus.OPEN });
    const onSaved = renderEdit(draft, { mocks: [update, publish] });
    expect(screen.getByRole('textbox', { name: 'Votes par personne' })).toHaveValue('3');

    await userEvent.type(title(), ' Vraiment');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et publier' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(draft.id));
    expect(update.result).toHaveBeenCalledTimes(1);
    expect(publish.result).toHaveBeenCalledTimes(1);
  });

  it('offers a single Save for an open challenge', () => {
    renderEdit(pageChallenge(), {});
    const buttons = within(screen.getByRole('button', { name: 'Enregistrer' }).closest('form') as HTMLElement)
      .getAllByRole('button')
      .filter((button) => button.getAttribute('type') === 'submit');
    expect(buttons.map((button) => button.textContent)).toEqual(['Enregistrer']);
  });
});
