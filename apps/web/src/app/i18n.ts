import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, pickLocale } from '@ouimake/domain';
import i18next, { type i18n as I18n } from 'i18next';
import { setMessagesCompleter } from '../shared/allMessages';
import { currentTimeZone } from '../shared/timeZone';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './locales/fr';
import type { FirstMessages } from './locales/fr.first';
import { dateTimeFormat } from '../shared/intl';

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

/** The visitor's remembered choice, if any and still supported. */
function rememberedLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * The interface language for this visit: the visitor's remembered choice, then the browser's
 * preferred languages read the way the API reads Accept-Language (the first supported one in the
 * visitor's order: `fr-CA, en` is French), French when none is.
 */
export function detectLocale(): Locale {
  return (
    rememberedLocale() ??
    pickLocale(navigator.languages.length > 0 ? navigator.languages.join(',') : navigator.language)
  );
}

/**
 * One language's texts, fetched on demand: a visitor downloads only the language they read (the
 * server preloads it with the page, from the same Accept-Language), and the other one only if they
 * switch.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'en'
    ? import('./locales/en').then((module) => module.en)
    : import('./locales/fr').then((module) => module.fr);
}

/**
 * The texts of the board's shell and home page only (locales/*.first.ts): what a first visit
 * downloads before the board shows. The rest follows (completeMessages).
 */
export function loadFirstMessages(locale: Locale): Promise<FirstMessages> {
  return locale === 'en'
    ? import('./locales/en.first').then((module) => module.enFirst)
    : import('./locales/fr.first').then((module) => module.frFirst);
}

/** The board's i18next instance, once main.tsx started it with its first texts only. */
let partial: I18n | null = null;
/** Languages whose texts are all at hand, or on their way. */
const complete = new Map<Locale, Promise<unknown>>();

/**
 * All of a language's texts in `i18n`, fetched once (again after a failure); resolves at once for
 * a language already complete.
 */
function ensureComplete(i18n: I18n, locale: Locale): Promise<unknown> {
  let done = complete.get(locale);
  if (!done) {
    done = loadMessages(locale).then(
      (messages) => i18n.addResourceBundle(locale, 'translation', messages, true, true),
      (error: unknown) => {
        complete.delete(locale); // The next page tries again.
        throw error;
      },
    );
    complete.set(locale, done);
  }
  return done;
}

/**
 * `i18n` started with the first texts of its language only (main.tsx): the rest is fetched when
 * first needed, with the code that needs it (shared/allMessages.ts).
 */
export function startedWithFirstMessages(i18n: I18n): void {
  partial = i18n;
  setMessagesCompleter(() => ensureComplete(i18n, currentLocale(i18n)));
}

export interface CreateI18nOptions {
  /** The language to start in; without it, the detected one (remembered choice, then browser). */
  lng?: Locale;
  /** The languages' texts already at hand: at least the starting language's (or its first texts). */
  messages: Partial<Record<Locale, Messages | FirstMessages>>;
}

/**
 * A ready i18next instance, initialised synchronously with the texts given. The document's `lang`
 * follows the language.
 */
export function createI18n({ lng = detectLocale(), messages }: CreateI18nOptions): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', () => {
    if (typeof document !== 'undefined') document.documentElement.lang = currentLocale(instance);
  });
  void instance.init({
    resources: Object.fromEntries(
      Object.entries(messages).map(([locale, translation]) => [locale, { translation }]),
    ),
    lng,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  // Dates in texts ({{date, datetime(...)}}) in the board's current zone: the server's while a
  // rendered page is taken over, then the browser's.
  // i18next hands the text's own options too (its values): only the date's styles make the formatter.
  instance.services.formatter?.add(
    'datetime',
    (value: unknown, lng: string | undefined, { dateStyle, timeStyle }: Intl.DateTimeFormatOptions) =>
      dateTimeFormat(lng, { timeZone: currentTimeZone(), dateStyle, timeStyle }).format(value as Date),
  );
  return instance;
}

/** Switches the interface to `locale` and remembers the choice in this browser. */
export async function chooseLanguage(i18n: I18n, locale: Locale): Promise<unknown> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Storage may be refused (private browsing, full quota): the switch still works for this visit.
  }
  if (i18n === partial) await ensureComplete(i18n, locale);
  else if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loadMessages(locale));
  }
  return i18n.changeLanguage(locale);
}

/** The supported language in use; French when nothing better is known. */
export function currentLocale(i18n: I18n): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}
