import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An operator's detail as configured, or plainly that the publisher did not give it. */
export function Provided({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  if (!value || value.trim() === '') {
    return (
      <Text c="ink.7" fs="italic">
        {t('personalData.notProvided')}
      </Text>
    );
  }
  const trimmed = value.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    return <Anchor href={`mailto:${trimmed}`}>{trimmed}</Anchor>;
  }
  if (/^https?:\/\/\S+$/i.test(trimmed)) {
    return (
      <Anchor href={trimmed} rel="noopener noreferrer">
        {trimmed}
      </Anchor>
    );
  }
  return <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{trimmed}</Text>;
}
