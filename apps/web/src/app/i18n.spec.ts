import { chooseLanguage, createI18n, currentLocale, LANGUAGE_STORAGE_KEY } from './i18n';
import { en } from './locales/en';
import { fr } from './locales/fr';

function browserSays(...languages: string[]) {
  jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  jest.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

describe('the interface language', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is French when the browser says nothing', () => {
    browserSays();
    expect(currentLocale(createI18n({ messages: { fr, en } }))).toBe('fr');
  });

  it("follows the browser's first supported language", () => {
    browserSays('en-GB', 'en');
    expect(currentLocale(createI18n({ messages: { fr, en } }))).toBe('en');
    browserSays('de-DE', 'de', 'en-US');
    expect(currentLocale(createI18n({ messages: { fr, en } }))).toBe('en');
    browserSays('fr-CA', 'en');
    expect(currentLocale(createI18n({ messages: { fr, en } }))).toBe('fr');
  });

  it('is French when the browser only knows unsupported languages', () => {
    browserSays('de-DE', 'es');
    expect(currentLocale(createI18n({ messages: { fr, en } }))).toBe('fr');
  });

  it('remembers a choice, which wins over the browser next time', async () => {
    browserSays('fr-FR');
    // Only the detected language's texts at hand, as on a first visit.
    const first = createI18n({ messages: { fr } });
    expect(currentLocale(first)).toBe('fr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    await chooseLanguage(first, 'en');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    // The English texts were fetched for the switch.
    expect(first.t('app.skipToContent')).toBe('Skip to content');
    expect(currentLocale(createI18n({ messages: { fr, en } }))).toBe('en');
  });

  it("sets the page's lang attribute", async () => {
    const i18n = createI18n({ lng: 'en', messages: { fr, en } });
    expect(document.documentElement.lang).toBe('en');
    await i18n.changeLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
  });
});
