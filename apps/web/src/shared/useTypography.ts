import { useTranslation } from 'react-i18next';
import { typographyFor } from './frenchTypography';

/**
 * How text a person wrote is set in the interface's language: French typography in French (see
 * `frenchTypography`), the text as written otherwise. For plain text (titles, previews); Markdown
 * does it in its renderer.
 */
export function useTypography(): (text: string) => string {
  const { i18n } = useTranslation();
  return typographyFor(i18n.resolvedLanguage ?? i18n.language);
}
