import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { boardMock, boardPage, cardChallenge } from '../test/factories';
import { renderBoardAt } from '../test/render';
import { LANGUAGE_STORAGE_KEY } from './i18n';

describe('the board shell', () => {
  it('lets a keyboard user skip to the content first, then reach the language switch', async () => {
    const challenge = cardChallenge();
    renderBoardAt('/', { mocks: [boardMock(boardPage([challenge]))] });
    await screen.findByRole('article', { name: challenge.title });
    const user = userEvent.setup();

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Aller au contenu' });
    expect(skipLink).toHaveFocus();
    expect(skipLink).toHaveAttribute('href', '#main');
    expect(document.getElementById('main')?.tagName).toBe('MAIN');

    await user.tab(); // the Ouimake mark, back to the board
    expect(screen.getByRole('link', { name: 'Ouimake, retour aux défis' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Défis' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ateliers' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Français' })).toHaveFocus();
  });

  it('switches the whole interface to English from the header, and remembers it', async () => {
    const challenge = cardChallenge({ ideaCount: 2 });
    const { i18n } = renderBoardAt('/', { mocks: [boardMock(boardPage([challenge]))] });
    expect(await screen.findByRole('article', { name: challenge.title })).toHaveTextContent('2 idées');
    expect(screen.getByRole('heading', { level: 1, name: 'Les défis du moment' })).toBeInTheDocument();
    expect(document.title).toBe('Les défis · Ouimake');
    const switcher = screen.getByRole('radiogroup', { name: 'Langue de l’interface' });
    expect(within(switcher).getByRole('radio', { name: 'Français' })).toBeChecked();

    await userEvent.click(within(switcher).getByRole('radio', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Current challenges' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: challenge.title })).toHaveTextContent('2 ideas');
    expect(screen.getByRole('link', { name: 'Challenges' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('radiogroup', { name: 'Interface language' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(document.title).toBe('Challenges · Ouimake');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.language).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('shows the board on /challenges too, marked as the current page in the navigation', async () => {
    const challenge = cardChallenge();
    renderBoardAt('/challenges', { mocks: [boardMock(boardPage([challenge]))] });

    expect(await screen.findByRole('article', { name: challenge.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Défis' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Les défis du moment' })).toBeInTheDocument();
  });

  it('answers an unknown address with a friendly page and a way back', () => {
    renderBoardAt('/nulle-part');

    expect(screen.getByRole('heading', { level: 1, name: 'Cette page est introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour aux défis' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Défis' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('Page introuvable · Ouimake');
  });

  it('takes the reader to the new page content after following a link', async () => {
    const challenge = cardChallenge();
    renderBoardAt('/nulle-part', { mocks: [boardMock(boardPage([challenge]))] });

    await userEvent.click(screen.getByRole('link', { name: 'Retour aux défis' }));

    expect(await screen.findByRole('article', { name: challenge.title })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
