import { Button, type ButtonProps, Loader } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SubmitButtonProps extends Omit<ButtonProps, 'loading' | 'type'> {
  /** While true the button shows a spinner and refuses a second submission. */
  busy: boolean;
  children: ReactNode;
}

/**
 * A form's submit button. While busy it is `aria-disabled` rather than disabled: a disabled button
 * would drop the keyboard focus back to the top of the page.
 */
export function SubmitButton({ busy, children, ...props }: SubmitButtonProps) {
  return (
    <Button
      type="submit"
      size="lg"
      {...props}
      aria-disabled={busy || undefined}
      leftSection={busy ? <Loader size="sm" color="ink.9" /> : props.leftSection}
      onClick={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      {children}
    </Button>
  );
}
