import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderOnBoard } from '../../../test/render';
import { ChallengeExportMenu } from '../components/ChallengeExportMenu';
import { DownloadMyData } from '../components/DownloadMyData';
import { fileNameFrom } from './useDownload';

const realFetch = global.fetch;
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    blob: async () => new Blob([body]),
  } as unknown as Response;
}

describe('downloading a file of the API', () => {
  let clicked: HTMLAnchorElement[];
  beforeEach(() => {
    clicked = [];
    URL.createObjectURL = jest.fn(() => 'blob:ouimake/1');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => {
    global.fetch = realFetch;
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    jest.restoreAllMocks();
  });

  it('sends the token, and saves the file under the name the API gives', async () => {
    const fetchMock = jest.fn(async () =>
      answer(200, '{"profile":{}}', {
        'content-disposition': 'attachment; filename="ouimake-my-data.json"',
      }),
    );
    global.fetch = fetchMock as typeof fetch;
    renderOnBoard(<DownloadMyData />, { token: 'token-maelle' });

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger mes données' }));

    expect(await screen.findByText('Fichier téléchargé.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/account/export.json');
    expect((init.headers as Record<string, string>)['authorization']).toBe('Bearer token-maelle');
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('ouimake-my-data.json');
    expect(clicked[0].getAttribute('href')).toBe('blob:ouimake/1');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('says so when the session has ended, and saves nothing', async () => {
    global.fetch = jest.fn(async () =>
      answer(401, '{"error":{"code":"UNAUTHENTICATED","message":"Sign in"}}'),
    ) as typeof fetch;
    renderOnBoard(<DownloadMyData />, { token: 'token-old' });

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger mes données' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre session a pris fin. Reconnectez-vous pour télécharger ce fichier.',
    );
    expect(clicked).toHaveLength(0);
  });

  it('says when the server cannot be reached, in English too', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    renderOnBoard(<DownloadMyData />, { token: 'token-maelle', lng: 'en' });

    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server is not answering. Check your connection, then try again.',
    );
  });

  it('exports a challenge as CSV in the board’s language', async () => {
    const fetchMock = jest.fn(async () =>
      answer(200, '\uFEFFtitle', {
        'content-disposition': 'attachment; filename="d-fi.csv"; filename*=UTF-8\'\'d%C3%A9fi.csv',
      }),
    );
    global.fetch = fetchMock as typeof fetch;
    renderOnBoard(<ChallengeExportMenu challengeId="challenge-7" />, { lng: 'en' });

    await userEvent.click(screen.getByRole('button', { name: 'Export this challenge' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /CSV for spreadsheets/ }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(fetchMock.mock.calls[0]).toEqual([
      '/challenges/challenge-7/export.csv?lang=en',
      expect.objectContaining({ headers: expect.not.objectContaining({ authorization: expect.anything() }) }),
    ]);
    expect(clicked[0].download).toBe('défi.csv');
  });

  it('reads file names from Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="a b.md"')).toBe('a b.md');
    expect(fileNameFrom("attachment; filename*=UTF-8''%C3%A9t%C3%A9.csv")).toBe('été.csv');
    expect(fileNameFrom('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameFrom('attachment')).toBeNull();
    expect(fileNameFrom(null)).toBeNull();
  });
});
