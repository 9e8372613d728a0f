import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { LegalNoticeQuery } from '../modules/exports/graphql/LegalNotice.query';
import { renderBoardAt } from '../test/render';

function legalNoticeMock(
  notice: Partial<{ publisher: string | null; host: string | null; contact: string | null }> = {},
): MockLink.MockedResponse {
  return {
    request: { query: LegalNoticeQuery },
    result: {
      data: {
        __typename: 'Query',
        legalNotice: {
          __typename: 'LegalNotice',
          publisher: null,
          host: null,
          contact: null,
          publicUrl: 'https://defis.exemple.fr',
          sessionDays: 30,
          openDataLicence: 'Licence Ouverte / Open Licence 2.0',
          openDataLicenceUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
          ...notice,
        },
      },
    },
  };
}

describe('the privacy and legal pages', () => {
  it('say what is kept, for how long, under which licence, and who to write to', async () => {
    renderBoardAt('/privacy', { mocks: [legalNoticeMock({ contact: 'dpo@exemple.fr' })] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Confidentialité et données personnelles' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Une session dure 30\sjours/)).toBeInTheDocument();
    expect(screen.getByText(/un lien de réinitialisation du mot de passe 1 heure/)).toBeInTheDocument();
    expect(screen.getByText(/une empreinte de votre mot de passe/)).toBeInTheDocument();
    expect(screen.getByText(/sous Licence Ouverte \/ Open Licence 2\.0/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dpo@exemple.fr' })).toHaveAttribute(
      'href',
      'mailto:dpo@exemple.fr',
    );
    expect(screen.getByRole('link', { name: 'Aller à mon profil' })).toHaveAttribute('href', '/profile');
    expect(screen.getByRole('link', { name: 'Lire la licence' })).toHaveAttribute(
      'href',
      'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    );
    expect(document.title).toBe('Confidentialité · Ouimake');
  });

  it('is also at /confidentialite, and in English', async () => {
    const { router } = renderBoardAt('/confidentialite', { lng: 'en', mocks: [legalNoticeMock()] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Privacy and personal data' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/privacy');
    expect(await screen.findByText(/A session lasts 30 days/)).toBeInTheDocument();
    // No contact configured: said plainly.
    expect(screen.getByText('Not provided by this site’s publisher')).toBeInTheDocument();
  });

  it('shows the publisher, the host, and what was not provided', async () => {
    renderBoardAt('/mentions-legales', {
      mocks: [legalNoticeMock({ publisher: 'Association Ouimake\n12 rue de Siam, Brest', host: null })],
    });

    const host = await screen.findByRole('region', { name: 'Hébergeur' });
    expect(within(host).getByText('Non renseigné par l’éditeur de ce site')).toBeInTheDocument();
    const publisher = screen.getByRole('region', { name: 'Éditeur' });
    expect(publisher).toHaveTextContent('Association Ouimake');
    expect(publisher).toHaveTextContent('12 rue de Siam, Brest');
    expect(screen.getByRole('link', { name: 'https://defis.exemple.fr' })).toBeInTheDocument();
  });

  it('are linked from every page’s footer', async () => {
    renderBoardAt('/privacy', { mocks: [legalNoticeMock()] });

    const footer = within(await screen.findByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'Confidentialité' })).toHaveAttribute('href', '/privacy');
    expect(footer.getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/legal');
  });
});
