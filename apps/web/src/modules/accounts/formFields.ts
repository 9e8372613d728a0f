import type { UseFormReturnType } from '@mantine/form';

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
  form: UseFormReturnType<Values>,
  order: ReadonlyArray<keyof Values & string>,
  errors: Record<string, unknown>,
): void {
  const first = order.find((path) => errors[path]);
  if (first) form.getInputNode(first)?.focus();
}
