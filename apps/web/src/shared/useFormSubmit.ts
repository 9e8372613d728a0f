import type { UseFormReturnType } from '@mantine/form';
import { type FormEvent, useRef, useState } from 'react';
import { focusFirstError } from './formFields';
import type { FormRefusal } from './formRefusal';
import { fieldMessage, type MessageRef } from './Message';

export interface FormSubmitOptions<Values, Sent> {
  /** The form's fields in the order they show: the first one in error gets the focus. */
  order: ReadonlyArray<keyof Values & string>;
  /** Sends the checked values (and goes on: navigate, reset, say it is done); throws when refused. */
  send: (values: Sent) => Promise<unknown>;
  /** Reads a refusal: what goes under which field, and what above the buttons. */
  refusal: (error: unknown) => FormRefusal<string>;
  /** Called with a refusal before it shows (to reveal the field it names, ...). */
  onRefused?: (refusal: FormRefusal<string>) => void;
  /**
   * The form goes away once sent (the page changes): it stays busy until then, so that nothing
   * is sent twice meanwhile.
   */
  leavesOnSuccess?: boolean;
}

export interface FormSubmit {
  /** For `<form onSubmit>`: checks the values, sends them once, and shows what the API refused. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** While sending: the submit button shows it and refuses a second submission. */
  submitting: boolean;
  /** The refusal of the whole action, for FormFailure above the buttons; null when none. */
  failure: MessageRef | null;
  /** Forgets the failure (the dialog holding the form is closed). */
  clearFailure: () => void;
}

/**
 * Submitting a Mantine form to the API: values checked first (the focus goes to the first field in
 * error), sent once at a time, and a refusal read and shown under the fields it names and above
 * the buttons, the focus going to the first refused field. The one home of what every form did.
 */
export function useFormSubmit<Values, Sent>(
  form: UseFormReturnType<Values, Sent>,
  { order, send, refusal: readRefusal, onRefused, leavesOnSuccess = false }: FormSubmitOptions<Values, Sent>,
): FormSubmit {
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  // A second submission can come before React re-renders with `submitting`.
  const sending = useRef(false);

  const onSubmit = form.onSubmit(
    async (values) => {
      if (sending.current) return;
      sending.current = true;
      setSubmitting(true);
      setFailure(null);
      let sent = false;
      try {
        await send(values);
        sent = true;
      } catch (error) {
        const refusal = readRefusal(error);
        onRefused?.(refusal);
        for (const [field, problem] of Object.entries(refusal.fields)) {
          if (problem) form.setFieldError(field, fieldMessage(problem));
        }
        setFailure(refusal.form);
        focusFirstError(form, order, refusal.fields);
      } finally {
        if (!(sent && leavesOnSuccess)) {
          sending.current = false;
          setSubmitting(false);
        }
      }
    },
    (errors) => focusFirstError(form, order, errors),
  );

  return { onSubmit, submitting, failure, clearFailure: () => setFailure(null) };
}
