import { ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { boardPage, cardChallenge, boardRequest } from '../test/factories';
import { createApolloClient, refetchOnLanguageChange } from './apollo';
import { createI18n, currentLocale } from './i18n';

/** A fake API that records the Accept-Language of every request. */
function recordingApi() {
  const languages: string[] = [];
  const link = new ApolloLink((operation) => {
    const headers = operation.getContext().headers as Record<string, string> | undefined;
    languages.push(headers?.['Accept-Language'] ?? '(none)');
    return of({ data: boardPage([cardChallenge()]) });
  });
  return { languages, link };
}

describe('the Apollo client', () => {
  it('asks the API in the interface language', async () => {
    const i18n = createI18n({ lng: 'en' });
    const api = recordingApi();
    const client = createApolloClient({ getLanguage: () => currentLocale(i18n), terminatingLink: api.link });

    await client.query(boardRequest());

    expect(api.languages).toEqual(['en']);
  });

  it('refetches what is on screen in the new language when the language changes', async () => {
    const i18n = createI18n({ lng: 'fr' });
    const api = recordingApi();
    const client = createApolloClient({ getLanguage: () => currentLocale(i18n), terminatingLink: api.link });
    const stop = refetchOnLanguageChange(client, i18n);
    const watching = client.watchQuery(boardRequest()).subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.languages).toEqual(['fr']);

    await i18n.changeLanguage('en');
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(api.languages).toEqual(['fr', 'en']);
    watching.unsubscribe();
    stop();
  });
});
