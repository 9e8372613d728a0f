import { ApolloLink } from '@apollo/client';
import { ErrorCode } from '@ouimake/domain';
import type { GraphQLFormattedError } from 'graphql';
import { of } from 'rxjs';
import { boardPage, cardChallenge, boardRequest } from '../test/factories';
import { Observable } from 'rxjs';
import { ChallengeActivitySubscription } from '../modules/live/graphql/ChallengeActivity.subscription';
import {
  catchUpAfterOutage,
  createApolloClient,
  refetchOnLanguageChange,
  resetOnSessionChange,
} from './apollo';
import { createI18n } from '../test/i18n';
import { currentLocale } from './i18n';
import { createTokenStore, WITHOUT_TOKEN } from '../shared/tokenStore';

/** A fake API that records the headers of every request and answers with `answer()`. */
function recordingApi(
  answer: (headers: Record<string, string>) => { data?: unknown; errors?: GraphQLFormattedError[] } = () => ({
    data: boardPage([cardChallenge()]),
  }),
) {
  const requests: Record<string, string>[] = [];
  const link = new ApolloLink((operation) => {
    const headers = { ...(operation.getContext().headers as Record<string, string> | undefined) };
    requests.push(headers);
    return of(answer(headers) as ApolloLink.Result);
  });
  return {
    requests,
    languages: () => requests.map((headers) => headers['Accept-Language'] ?? '(none)'),
    authorizations: () => requests.map((headers) => headers['Authorization'] ?? '(none)'),
    link,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Apollo client', () => {
  it('asks the API in the interface language', async () => {
    const i18n = createI18n({ lng: 'en' });
    const api = recordingApi();
    const client = createApolloClient({
      getLanguage: () => currentLocale(i18n),
      tokenStore: createTokenStore(),
      terminatingLink: api.link,
    });

    await client.query(boardRequest());

    expect(api.languages()).toEqual(['en']);
  });

  it('refetches what is on screen in the new language when the language changes', async () => {
    const i18n = createI18n({ lng: 'fr' });
    const api = recordingApi();
    const client = createApolloClient({
      getLanguage: () => currentLocale(i18n),
      tokenStore: createTokenStore(),
      terminatingLink: api.link,
    });
    const stop = refetchOnLanguageChange(client, i18n);
    const watching = client.watchQuery(boardRequest()).subscribe(() => undefined);
    await tick();
    expect(api.languages()).toEqual(['fr']);

    await i18n.changeLanguage('en');
    await tick();

    expect(api.languages()).toEqual(['fr', 'en']);
    watching.unsubscribe();
    stop();
  });
});

describe('the Apollo client and the token', () => {
  function setup(answer?: Parameters<typeof recordingApi>[0]) {
    const store = createTokenStore();
    const api = recordingApi(answer);
    const client = createApolloClient({
      getLanguage: () => 'fr',
      tokenStore: store,
      terminatingLink: api.link,
    });
    return { store, api, client };
  }

  it('sends the token as a bearer Authorization header, and nothing when signed out', async () => {
    const { store, api, client } = setup();

    await client.query({ ...boardRequest(), fetchPolicy: 'network-only' });
    store.set('token-1');
    await client.query({ ...boardRequest(), fetchPolicy: 'network-only' });

    expect(api.authorizations()).toEqual(['(none)', 'Bearer token-1']);
  });

  it('sends no token with the requests that must go without (signing in or up)', async () => {
    const { store, api, client } = setup();
    store.set('old-token');

    await client.query({ ...boardRequest(), fetchPolicy: 'network-only', context: WITHOUT_TOKEN });

    expect(api.authorizations()).toEqual(['(none)']);
  });

  it('drops a token the API refuses (revoked, expired, forged)', async () => {
    const { store, client } = setup(() => ({ errors: [unauthenticated] }));
    store.set('revoked-token');

    await expect(client.query(boardRequest())).rejects.toThrow();

    expect(store.get()).toBeNull();
  });

  it('keeps the token when a request sent without it is refused (a wrong password)', async () => {
    const { store, client } = setup(() => ({ errors: [unauthenticated] }));
    store.set('good-token');

    await expect(client.query({ ...boardRequest(), context: WITHOUT_TOKEN })).rejects.toThrow();

    expect(store.get()).toBe('good-token');
  });

  it('keeps the token on other refusals', async () => {
    const { store, client } = setup(() => ({
      errors: [{ message: 'no', extensions: { code: ErrorCode.FORBIDDEN } }],
    }));
    store.set('good-token');

    await expect(client.query(boardRequest())).rejects.toThrow();

    expect(store.get()).toBe('good-token');
  });

  it('does not drop a newer token because an older one was refused', async () => {
    const store = createTokenStore();
    const link = new ApolloLink(() => {
      store.set('new-token'); // signed in again while the old request was on its way
      return of({ errors: [unauthenticated] } as ApolloLink.Result);
    });
    const client = createApolloClient({ getLanguage: () => 'fr', tokenStore: store, terminatingLink: link });
    store.set('old-token');

    await expect(client.query(boardRequest())).rejects.toThrow();

    expect(store.get()).toBe('new-token');
  });

  it('empties the cache and refetches what is on screen once per change of token, without looping', async () => {
    // The API refuses any request that carries the (revoked) token, and serves the others.
    const { store, api, client } = setup((headers) =>
      headers['Authorization'] ? { errors: [unauthenticated] } : { data: boardPage([cardChallenge()]) },
    );
    const stop = resetOnSessionChange(client, store);
    store.set('revoked-token');
    const watching = client.watchQuery(boardRequest()).subscribe(() => undefined);
    await tick();
    await tick();
    await tick();

    // The refused request, then the same one again without the token; then nothing more.
    expect(api.authorizations()).toEqual(['Bearer revoked-token', '(none)']);
    expect(store.get()).toBeNull();
    expect(client.readQuery(boardRequest())).not.toBeNull();
    watching.unsubscribe();
    stop();
  });
});

const unauthenticated: GraphQLFormattedError = {
  message: 'Your session has ended',
  extensions: { code: ErrorCode.UNAUTHENTICATED },
};

describe('the Apollo client and the live connection', () => {
  it('sends subscriptions over the live link, and everything else over HTTP', async () => {
    const api = recordingApi();
    const subscriptions: string[] = [];
    const liveLink = new ApolloLink((operation) => {
      subscriptions.push(operation.operationName ?? '');
      return new Observable<ApolloLink.Result>(() => undefined);
    });
    const client = createApolloClient({
      getLanguage: () => 'fr',
      tokenStore: createTokenStore(),
      terminatingLink: api.link,
      subscriptionLink: liveLink,
    });

    const watching = client
      .subscribe({ query: ChallengeActivitySubscription, variables: { challengeId: 'c-1' } })
      .subscribe(() => undefined);
    await client.query(boardRequest());

    expect(subscriptions).toEqual(['ChallengeActivity']);
    expect(api.requests).toHaveLength(1);
    watching.unsubscribe();
  });

  it('refetches what is on screen when the live connection is back after an outage', async () => {
    const api = recordingApi();
    const client = createApolloClient({
      getLanguage: () => 'fr',
      tokenStore: createTokenStore(),
      terminatingLink: api.link,
    });
    let reconnect = () => undefined as void;
    const stop = catchUpAfterOutage(client, {
      onReconnect: (listener) => {
        reconnect = listener;
        return () => undefined;
      },
    });
    const watching = client.watchQuery(boardRequest()).subscribe(() => undefined);
    await tick();
    expect(api.requests).toHaveLength(1);

    reconnect();
    await tick();

    expect(api.requests).toHaveLength(2);
    watching.unsubscribe();
    stop();
  });
});
