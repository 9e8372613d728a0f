import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { BoardProviders } from './App';
import { createI18n } from '../test/i18n';
import { PageErrorBoundary } from './RouteError';

function BrokenPage(): never {
  throw new Error('boom');
}

describe('RouteError', () => {
  it('replaces a page that crashed with a plain message and a reload button', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <BoardProviders i18n={createI18n({ lng: 'en' })}>
        <MemoryRouter>
          <PageErrorBoundary>
            <Routes>
              <Route path="/" element={<BrokenPage />} />
              <Route path="/elsewhere" element={<h1>Another page</h1>} />
            </Routes>
          </PageErrorBoundary>
        </MemoryRouter>
      </BoardProviders>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByText('boom')).not.toBeInTheDocument();
    expect(document.title).toBe('Something went wrong · Ouimake');
  });

  it('shows the next page once the person goes elsewhere', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <BoardProviders i18n={createI18n({ lng: 'en' })}>
        <MemoryRouter>
          <Link to="/elsewhere">Elsewhere</Link>
          <PageErrorBoundary>
            <Routes>
              <Route path="/" element={<BrokenPage />} />
              <Route path="/elsewhere" element={<h1>Another page</h1>} />
            </Routes>
          </PageErrorBoundary>
        </MemoryRouter>
      </BoardProviders>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();

    await act(async () => screen.getByRole('link', { name: 'Elsewhere' }).click());

    expect(screen.getByRole('heading', { name: 'Another page' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
