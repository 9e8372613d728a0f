import { VisuallyHidden } from '@mantine/core';

/**
 * Says `message` politely to screen readers when it changes, and shows nothing. It is always in the
 * page, so that the first message is heard too.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <VisuallyHidden aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
