import { Button, type ButtonProps, Loader } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';

export interface SubmitButtonProps extends Omit<ButtonProps, 'loading' | 'type'> {
  /** Called on a click that submits (not while busy): which of a form's buttons was used. */
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** While true the button shows a spinner and refuses a second submission. */
  busy: boolean;
  /** Whether the spinner shows on this button (a form with two buttons: the one used); `busy` by default. */
  working?: boolean;
  children: ReactNode;
}

/**
 * A form's submit button. While busy it is `aria-disabled` rather than disabled: a disabled button
 * would drop the keyboard focus back to the top of the page.
 */
export function SubmitButton({ busy, working = busy, children, ...props }: SubmitButtonProps) {
  return (
    <Button
      type="submit"
      size="lg"
      {...props}
      aria-disabled={busy || undefined}
      leftSection={working ? <Loader size="sm" color="ink.9" /> : props.leftSection}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else props.onClick?.(event);
      }}
    >
      {children}
    </Button>
  );
}
