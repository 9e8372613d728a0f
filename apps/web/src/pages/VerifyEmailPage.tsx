import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { VerifyEmailMutation } from '../modules/notifications/graphql/EmailAccount.mutations';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { PageLoader } from '../ui/PageLoader';
import { StateMessage } from '../ui/StateMessage';

/** `/verify-email?token=`: confirms the address from the emailed link and says so. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.verify.documentTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify] = useMutation(VerifyEmailMutation);
  const [state, setState] = useState<'checking' | 'done' | 'invalid'>(token ? 'checking' : 'invalid');
  const asked = useRef(false);

  useEffect(() => {
    if (!token || asked.current) return;
    asked.current = true;
    verify({ variables: { token } }).then(
      () => setState('done'),
      () => setState('invalid'),
    );
  }, [token, verify]);

  if (state === 'checking') return <PageLoader label={t('notifications.verify.checking')} />;
  const home = (
    <Button component={Link} to="/" size="lg">
      {t('notifications.verify.home')}
    </Button>
  );
  return state === 'done' ? (
    <StateMessage
      role="status"
      titleOrder={1}
      icon={<IconCircleCheck size={36} stroke={1.6} />}
      title={t('notifications.verify.doneTitle')}
      action={home}
    >
      {t('notifications.verify.doneBody')}
    </StateMessage>
  ) : (
    <StateMessage
      role="alert"
      titleOrder={1}
      icon={<IconLinkOff size={36} stroke={1.6} />}
      title={t('notifications.verify.invalidTitle')}
      action={home}
    >
      {t('notifications.verify.invalidBody')}
    </StateMessage>
  );
}
