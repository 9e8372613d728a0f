import { chooseLanguage, createI18n, currentLocale, LANGUAGE_STORAGE_KEY } from './i18n';

function browserSays(...languages: string[]) {
  jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  jest.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

describe('the interface language', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is French when the browser says nothing', () => {
    browserSays();
    expect(currentLocale(createI18n())).toBe('fr');
  });

  it("follows the browser's first supported language", () => {
    browserSays('en-GB', 'en');
    expect(currentLocale(createI18n())).toBe('en');
    browserSays('de-DE', 'de', 'en-US');
    expect(currentLocale(createI18n())).toBe('en');
    browserSays('fr-CA', 'en');
    expect(currentLocale(createI18n())).toBe('fr');
  });

  it('is French when the browser only knows unsupported languages', () => {
    browserSays('de-DE', 'es');
    expect(currentLocale(createI18n())).toBe('fr');
  });

  it('remembers a choice, which wins over the browser next time', async () => {
    browserSays('fr-FR');
    const first = createI18n();
    expect(currentLocale(first)).toBe('fr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    await chooseLanguage(first, 'en');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(currentLocale(createI18n())).toBe('en');
  });

  it("sets the page's lang attribute", async () => {
    const i18n = createI18n({ lng: 'en' });
    expect(document.documentElement.lang).toBe('en');
    await i18n.changeLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
  });
});
