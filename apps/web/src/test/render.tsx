import type { Locale } from '@ouimake/domain';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../app/apollo';
import { BoardProviders } from '../app/App';
import { createI18n } from '../app/i18n';
import { routes } from '../app/router';

interface RenderOptions {
  lng?: Locale;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
}

/** Renders a piece of the board with its language, look, router and mocked API. */
export function renderOnBoard(ui: ReactElement, { lng = 'fr', mocks = [] }: RenderOptions = {}) {
  const i18n = createI18n({ lng });
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <BoardProviders i18n={i18n}>
        <MemoryRouter>{ui}</MemoryRouter>
      </BoardProviders>
    </MockedProvider>,
  );
  return { i18n, ...view };
}

/** Renders the whole board at `path`, as the browser would show it. */
export function renderBoardAt(path: string, { lng = 'fr', mocks = [] }: RenderOptions = {}) {
  const i18n = createI18n({ lng });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <BoardProviders i18n={i18n}>
        <RouterProvider router={router} />
      </BoardProviders>
    </MockedProvider>,
  );
  return { i18n, router, ...view };
}
