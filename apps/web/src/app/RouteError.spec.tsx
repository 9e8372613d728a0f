import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { BoardProviders } from './App';
import { createI18n } from '../test/i18n';
import { RouteError } from './RouteError';

function BrokenPage(): never {
  throw new Error('boom');
}

describe('RouteError', () => {
  it('replaces a page that crashed with a plain message and a reload button', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter([{ path: '/', element: <BrokenPage />, errorElement: <RouteError /> }]);
    render(
      <BoardProviders i18n={createI18n({ lng: 'en' })}>
        <RouterProvider router={router} />
      </BoardProviders>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByText('boom')).not.toBeInTheDocument();
    expect(document.title).toBe('Something went wrong · Ouimake');
  });
});
