import { isLocale, LOCALES } from '@ouimake/domain';
import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLocale, LANGUAGE_NAMES } from './i18n';

const options = LOCALES.map((locale) => ({
  value: locale,
  label: (
    <>
      <span aria-hidden="true">{locale.toUpperCase()}</span>
      <VisuallyHidden lang={locale}>{LANGUAGE_NAMES[locale]}</VisuallyHidden>
    </>
  ),
}));

/** French or English, for the whole board; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('language.switchLabel')}
      value={currentLocale(i18n)}
      onChange={(value) => {
        if (isLocale(value)) void chooseLanguage(i18n, value);
      }}
      data={options}
      radius="xl"
      color="sun"
      bg="ink.1"
      withItemsBorders={false}
    />
  );
}
