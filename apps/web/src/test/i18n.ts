import { createI18n as createBoardI18n, type CreateI18nOptions } from '../app/i18n';
import { en } from '../app/locales/en';
import { fr } from '../app/locales/fr';

/** The board's i18next with both languages at hand, as a visitor has after switching once. */
export function createI18n(options: Omit<CreateI18nOptions, 'messages'> = {}) {
  return createBoardI18n({ ...options, messages: { fr, en } });
}
