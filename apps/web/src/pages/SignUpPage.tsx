import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SignUpForm } from '../modules/accounts/components/SignUpForm';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { NEXT_PARAM, safeNext, signInPath } from '../modules/accounts/redirect';
import { FormPanel } from '../ui/FormPanel';

/** `/sign-up`: a new account, then on to the page that asked (`?next=`), or the board. */
export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signUp.documentTitle'));
  const [params] = useSearchParams();
  const next = safeNext(params.get(NEXT_PARAM));
  const { viewer } = useViewer();

  if (viewer) return <Navigate to={next} replace />;

  return (
    <FormPanel
      title={t('signUp.title')}
      intro={t('signUp.intro')}
      footer={
        <>
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to={signInPath(next)} fw={800}>
            {t('signUp.signInLink')}
          </Anchor>
        </>
      }
    >
      <SignUpForm next={next} />
    </FormPanel>
  );
}
