import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, pickLocale } from '@ouimake/domain';
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { fr, type Messages } from './locales/fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Where the visitor's choice of language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'ouimake.language';

/**
 * Each language's own name for itself, written the same whatever the interface language is (that
 * is how a visitor recognises theirs), so these are not translations.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/**
 * The browser's preferred languages read the way the API reads Accept-Language: the first
 * supported one in the visitor's order (`fr-CA, en` is French), French when none is.
 */
const browserLanguage = {
  name: 'browser',
  lookup: () =>
    pickLocale(navigator.languages.length > 0 ? navigator.languages.join(',') : navigator.language),
};

export interface CreateI18nOptions {
  /** A fixed language (tests); without it the language is detected: remembered choice, then browser. */
  lng?: Locale;
}

/**
 * A ready i18next instance. Resources are bundled, so it is initialised synchronously. The
 * document's `lang` follows the language.
 */
export function createI18n({ lng }: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  if (!lng) {
    const detector = new LanguageDetector();
    detector.addDetector(browserLanguage);
    instance.use(detector);
  }
  instance.use(initReactI18next);
  instance.on('languageChanged', () => {
    if (typeof document !== 'undefined') document.documentElement.lang = currentLocale(instance);
  });
  void instance.init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    detection: {
      order: ['localStorage', browserLanguage.name],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is remembered (chooseLanguage), not what the browser said.
      caches: [],
    },
  });
  return instance;
}

/** Switches the interface to `locale` and remembers the choice in this browser. */
export function chooseLanguage(i18n: I18n, locale: Locale): Promise<unknown> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Storage may be refused (private browsing, full quota): the switch still works for this visit.
  }
  return i18n.changeLanguage(locale);
}

/** The supported language in use; French when nothing better is known. */
export function currentLocale(i18n: I18n): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}
