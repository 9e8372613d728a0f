import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How many characters are left before `max`, or how many are too many (counted as people count). */
export function CharacterCount({ value, max }: { value: string; max: number }) {
  const { t } = useTranslation();
  const left = max - [...value].length;
  return (
    <Text size="sm" c={left < 0 ? 'red.9' : 'ink.7'} ta="end" ml="auto">
      {left < 0 ? t('form.charactersOver', { count: -left }) : t('form.charactersLeft', { count: left })}
    </Text>
  );
}
