import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A message to show later, kept as its translation key rather than as text, so that it follows a
 * change of language while it is on screen (a validation error, a refusal from the API).
 */
export interface MessageRef {
  key: ParseKeys;
  values?: Record<string, string | number>;
}

export function message(key: ParseKeys, values?: Record<string, string | number>): MessageRef {
  return values ? { key, values } : { key };
}

/** Renders a MessageRef in the current language. */
export function Message({ message: { key, values } }: { message: MessageRef }) {
  const { t } = useTranslation();
  return <>{t(key, values ?? {})}</>;
}

/** A field's error, as Mantine shows it: the message in the current language, or nothing. */
export function fieldMessage(problem: MessageRef | null | undefined): ReactNode {
  return problem ? <Message message={problem} /> : null;
}
