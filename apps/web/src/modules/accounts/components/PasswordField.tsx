import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A password with a "show password" toggle button that the keyboard reaches and that says what
 * it does and whether it is on (Mantine's own toggle is skipped by Tab and unnamed), and that says
 * when it is in error.
 */
export function PasswordField(props: Omit<PasswordInputProps, 'visible' | 'onVisibilityChange'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      size="md"
      spellCheck={false}
      autoCapitalize="none"
      {...props}
      // Mantine marks the inner input of a PasswordInput in error with data-invalid only.
      aria-invalid={Boolean(props.error) || undefined}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleFocusable
      visibilityToggleIcon={({ reveal }) =>
        reveal ? <IconEyeOff size={20} aria-hidden="true" /> : <IconEye size={20} aria-hidden="true" />
      }
      visibilityToggleButtonProps={{
        'aria-label': t('form.showPassword'),
        'aria-pressed': visible,
      }}
    />
  );
}
