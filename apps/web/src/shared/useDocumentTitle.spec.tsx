/** The hook and a renderer sharing one React, loaded afresh (the hook reads the page at load). */
function load() {
  const { render } = jest.requireActual<typeof import('@testing-library/react/pure')>(
    '@testing-library/react/pure',
  );
  const { useDocumentDescription } =
    jest.requireActual<typeof import('./useDocumentTitle')>('./useDocumentTitle');
  return { render, useDocumentDescription };
}

function description(): string | null {
  return document.head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? null;
}

afterEach(() => {
  document.head.querySelectorAll('meta[name="description"]').forEach((tag) => tag.remove());
  window.history.replaceState(null, '', '/');
});

describe('useDocumentDescription', () => {
  it('says what the page is while it is shown, in the words it is given', () => {
    jest.isolateModules(() => {
      const { render, useDocumentDescription } = load();
      function Page({ text }: { text: string }) {
        useDocumentDescription(text);
        return null;
      }
      const view = render(<Page text="Les événements de Ouimake." />);
      expect(description()).toBe('Les événements de Ouimake.');
      view.rerender(<Page text="Ouimake events." />);
      expect(description()).toBe('Ouimake events.');
      expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
      view.unmount();
    });
  });

  it('keeps the summary the server wrote for the page it sent, and only on that page', () => {
    window.history.replaceState(null, '', '/challenges/c1');
    const served = document.createElement('meta');
    served.name = 'description';
    served.content = 'Comment réparer nos vélos ? — Un défi des Ateliers sur Ouimake.';
    served.dataset['page'] = '/challenges/c1';
    document.head.appendChild(served);

    jest.isolateModules(() => {
      const { render, useDocumentDescription } = load();
      function Page() {
        useDocumentDescription('Un défi sur Ouimake.');
        return null;
      }
      const first = render(<Page />);
      expect(description()).toBe('Comment réparer nos vélos ? — Un défi des Ateliers sur Ouimake.');
      first.unmount();

      window.history.replaceState(null, '', '/challenges/c2');
      const second = render(<Page />);
      expect(description()).toBe('Un défi sur Ouimake.');
      second.unmount();
    });
  });
});
