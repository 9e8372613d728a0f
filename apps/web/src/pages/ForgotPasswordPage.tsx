import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ForgotPasswordForm } from '../modules/notifications/components/ForgotPasswordForm';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { FormPanel } from '../ui/FormPanel';

/** `/forgot-password`: an address, then always the same confirmation. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.forgot.documentTitle'));
  const [params] = useSearchParams();
  return (
    <FormPanel
      title={t('notifications.forgot.title')}
      intro={t('notifications.forgot.intro')}
      footer={
        <Anchor component={Link} to="/sign-in" fw={800}>
          {t('notifications.forgot.backToSignIn')}
        </Anchor>
      }
    >
      <ForgotPasswordForm initialEmail={params.get('email') ?? ''} />
    </FormPanel>
  );
}
