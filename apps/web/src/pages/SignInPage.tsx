import { Alert, Anchor } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SignInForm } from '../modules/accounts/components/SignInForm';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { NEXT_PARAM, safeNext, signInPath } from '../modules/accounts/redirect';
import { FormPanel } from '../ui/FormPanel';

/** `/sign-in`: email and password, then back to the page that asked (`?next=`). */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.documentTitle'));
  const [params] = useSearchParams();
  const asked = params.get(NEXT_PARAM);
  const next = safeNext(asked);
  const { viewer } = useViewer();

  if (viewer) return <Navigate to={next} replace />;

  return (
    <FormPanel
      title={t('signIn.title')}
      intro={t('signIn.intro')}
      footer={
        <>
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to={signInPath(next, '/sign-up')} fw={800}>
            {t('signIn.signUpLink')}
          </Anchor>
        </>
      }
    >
      {asked && next !== '/' && (
        <Alert color="sun" variant="light" icon={<IconLock aria-hidden="true" />} c="ink.9">
          {t('signIn.required')}
        </Alert>
      )}
      <SignInForm next={next} />
    </FormPanel>
  );
}
