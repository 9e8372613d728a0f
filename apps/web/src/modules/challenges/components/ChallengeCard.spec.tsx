import { ChallengeStatus } from '@ouimake/domain';
import { getDefaultNormalizer, screen, within } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { typographyFor } from '../../../shared/frenchTypography';
import { cardChallenge } from '../../../test/factories';
import { renderOnBoard } from '../../../test/render';
import { ChallengeCardFragment } from '../graphql/ChallengeCard.fragment';
import { ChallengeCard } from './ChallengeCard';

const themes = [
  { __typename: 'Theme' as const, slug: 'benevolat', label: 'Bénévolat' },
  { __typename: 'Theme' as const, slug: 'gouvernance', label: 'Gouvernance' },
];

function renderCard(overrides: Parameters<typeof cardChallenge>[0], lng: 'fr' | 'en') {
  const challenge = cardChallenge(overrides);
  renderOnBoard(<ChallengeCard challenge={makeFragmentData(challenge, ChallengeCardFragment)} />, { lng });
  // Shown in French, the title's question mark has its narrow no-break space.
  return screen.getByRole('article', { name: typographyFor(lng)(challenge.title) });
}

describe('ChallengeCard', () => {
  const open = {
    title: 'Comment associer activité rémunérée et bénévoles ?',
    status: ChallengeStatus.OPEN,
    city: 'Brest',
    ideaCount: 5,
    closesAt: '2099-03-12T12:00:00.000Z',
    themes,
    project: { __typename: 'Project' as const, id: 'p1', name: "L'Épicerie des créateurs", city: 'Nantes' },
  };

  it('shows an open challenge in French: status, project, city, themes, ideas and closing date', () => {
    const card = renderCard(open, 'fr');

    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(open.title);
    expect(within(card).getByText('Ouvert')).toBeInTheDocument();
    expect(within(card).getByText("L'Épicerie des créateurs")).toBeInTheDocument();
    expect(within(card).getByText('Brest')).toBeInTheDocument();
    const themeList = within(card).getByRole('list', { name: 'Thèmes' });
    expect(
      within(themeList)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Bénévolat', 'Gouvernance']);
    expect(within(card).getByText('5 idées')).toBeInTheDocument();
    expect(within(card).getByText('Jusqu’au 12 mars 2099')).toHaveAttribute('datetime', open.closesAt);
  });

  it('shows the same challenge in English', () => {
    const card = renderCard(open, 'en');

    expect(within(card).getByText('Open')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Themes' })).toBeInTheDocument();
    expect(within(card).getByText('5 ideas')).toBeInTheDocument();
    expect(within(card).getByText('Closes on March 12, 2099')).toBeInTheDocument();
  });

  it('says plainly when a closed challenge had no idea, in both languages', () => {
    const closed = {
      status: ChallengeStatus.CLOSED,
      ideaCount: 0,
      closesAt: '2024-01-15T12:00:00.000Z',
      themes: [],
    };
    const fr = renderCard(closed, 'fr');
    expect(within(fr).getByText('Clos')).toBeInTheDocument();
    expect(within(fr).getByText('Pas encore d’idée')).toBeInTheDocument();
    expect(within(fr).getByText('Clôturé le 15 janvier 2024')).toBeInTheDocument();
    expect(within(fr).queryByRole('list')).not.toBeInTheDocument();

    const en = renderCard(closed, 'en');
    expect(within(en).getByText('Closed')).toBeInTheDocument();
    expect(within(en).getByText('No ideas yet')).toBeInTheDocument();
    expect(within(en).getByText('Closed on January 15, 2024')).toBeInTheDocument();
  });

  it('counts ideas with the language plural and number format', () => {
    expect(within(renderCard({ ideaCount: 1 }, 'fr')).getByText('1 idée')).toBeInTheDocument();
    expect(within(renderCard({ ideaCount: 1 }, 'en')).getByText('1 idea')).toBeInTheDocument();
    // French groups thousands with a narrow no-break space, English with a comma.
    const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(
      within(renderCard({ ideaCount: 1234 }, 'fr')).getByText('1\u202f234 idées', exact),
    ).toBeInTheDocument();
    expect(within(renderCard({ ideaCount: 1234 }, 'en')).getByText('1,234 ideas')).toBeInTheDocument();
  });

  it("falls back to the project's city when the challenge has none, and shows no date when none is set", () => {
    const card = renderCard(
      {
        city: null,
        closesAt: null,
        project: { __typename: 'Project', id: 'p2', name: 'Ti Kafé', city: 'Rennes' },
      },
      'fr',
    );
    expect(within(card).getByText('Rennes')).toBeInTheDocument();
    expect(card.querySelector('time')).toBeNull();
  });
});
