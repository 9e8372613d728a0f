import { isLocale, type Locale } from '@ouimake/domain';
import type { i18n as I18n } from 'i18next';

/** The board's language, for the `?lang=` of a file: the words the API writes in it. */
export function boardLanguage(i18n: Pick<I18n, 'resolvedLanguage' | 'language'>): Locale {
  const language = (i18n.resolvedLanguage ?? i18n.language ?? '').slice(0, 2);
  return isLocale(language) ? language : 'fr';
}
