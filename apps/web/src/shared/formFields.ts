import type { UseFormReturnType } from '@mantine/form';

/**
 * The event a field receives just before the form moves the focus to it, so that a field shown
 * in only one state of its control (the text of a Markdown editor showing its preview) can show
 * itself first.
 */
export const REVEAL_EVENT = 'ouimake:reveal';

/**
 * A field's props from a Mantine form, checked when the person leaves it after typing in it (not
 * merely tabbing through it), and cleared as soon as they type again.
 */
export function fieldProps<Values>(form: UseFormReturnType<Values>, path: keyof Values & string) {
  return {
    ...form.getInputProps(path),
    onBlur: () => {
      if (form.isDirty(path)) form.validateField(path);
    },
  };
}

/** Moves the focus to the first field in error, so that it is read out with its message. */
export function focusFirstError<Values>(
  form: Pick<UseFormReturnType<Values>, 'getInputNode'>,
  order: ReadonlyArray<keyof Values & string>,
  errors: Record<string, unknown>,
): void {
  const first = order.find((path) => errors[path]);
  if (!first) return;
  const node = form.getInputNode(first);
  node?.dispatchEvent(new Event(REVEAL_EVENT));
  node?.focus();
}
