import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@ouimake/domain';
import { IconMailExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors } from '../../../shared/apiErrors';
import { EmailVerifiedQuery, ResendVerificationEmailMutation } from '../graphql/EmailAccount.mutations';

type Outcome = { kind: 'sent' } | { kind: 'wait'; minutes: number | null } | { kind: 'failed' } | null;

/** For a signed-in person whose address is not confirmed: says so, and sends the link again. */
export function EmailVerificationNotice() {
  const { t } = useTranslation();
  const { data } = useQuery(EmailVerifiedQuery);
  const [resend, { loading }] = useMutation(ResendVerificationEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const me = data?.me;
  if (!me || me.emailVerified !== false) return null;

  const onResend = async () => {
    setOutcome(null);
    try {
      await resend();
      setOutcome({ kind: 'sent' });
    } catch (error) {
      const limited = apiErrors(error).find((e) => e.code === ErrorCode.RATE_LIMITED);
      setOutcome(
        limited
          ? {
              kind: 'wait',
              minutes: limited.retryAfterSeconds ? Math.ceil(limited.retryAfterSeconds / 60) : null,
            }
          : { kind: 'failed' },
      );
    }
  };

  return (
    <Alert color="sun" variant="light" c="ink.9" icon={<IconMailExclamation aria-hidden="true" />}>
      <Stack gap="xs" align="flex-start">
        <Text fw={700}>{t('notifications.verify.notice')}</Text>
        <Button variant="default" size="sm" loading={loading} onClick={() => void onResend()}>
          {t('notifications.verify.resend')}
        </Button>
        <Text role="status" size="sm">
          {outcome?.kind === 'sent' && t('notifications.verify.resent', { email: me.email ?? '' })}
          {outcome?.kind === 'wait' &&
            (outcome.minutes
              ? t('notifications.verify.waitFor', { count: outcome.minutes })
              : t('notifications.verify.wait'))}
          {outcome?.kind === 'failed' && t('notifications.verify.failed')}
        </Text>
      </Stack>
    </Alert>
  );
}
