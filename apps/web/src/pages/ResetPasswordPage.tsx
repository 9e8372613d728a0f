import { Button } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../modules/notifications/components/ResetPasswordForm';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { FormPanel } from '../ui/FormPanel';
import { StateMessage } from '../ui/StateMessage';

/** `/reset-password?token=`: a new password from the emailed link, then signed in and home. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.reset.documentTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [invalid, setInvalid] = useState(token === '');

  if (invalid) {
    return (
      <StateMessage
        role="alert"
        titleOrder={1}
        icon={<IconLinkOff size={36} stroke={1.6} />}
        title={t('notifications.reset.invalidTitle')}
        action={
          <Button component={Link} to="/forgot-password" size="lg">
            {t('notifications.reset.askAgain')}
          </Button>
        }
      >
        {t('notifications.reset.invalidBody')}
      </StateMessage>
    );
  }

  return (
    <FormPanel title={t('notifications.reset.title')} intro={t('notifications.reset.intro')}>
      <ResetPasswordForm token={token} onInvalidLink={() => setInvalid(true)} />
    </FormPanel>
  );
}
