import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Message, type MessageRef } from '../shared/Message';

/** Why the API refused a form, above its button; read out as soon as it appears. */
export function FormFailure({ failure }: { failure: MessageRef | null }) {
  if (!failure) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      styles={{ message: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Message message={failure} />
    </Alert>
  );
}
