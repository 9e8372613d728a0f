import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode } from '@ouimake/domain';
import { IconAlertTriangle, IconArrowRight, IconMapQuestion } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { JoinByCodeQuery } from '../modules/brainstorm/graphql/JoinPage.query';
import { cleanJoinCode, isJoinCode } from '../modules/brainstorm/joinCode';
import { findApiError } from '../shared/apiErrors';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { FormPanel } from '../ui/FormPanel';
import { PageLoader } from '../ui/PageLoader';

/**
 * `/j` and `/j/:code`: joining from a room. A known code replaces the address with its challenge's
 * page; an unknown one says so and asks for the code again, the field focused and filled.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code: typed = '' } = useParams();
  const code = cleanJoinCode(typed);
  const valid = isJoinCode(code);
  const { data, error, loading } = useQuery(JoinByCodeQuery, {
    variables: { code },
    skip: !valid,
    fetchPolicy: 'network-only',
  });
  const found = data?.challengeByJoinCode ?? null;
  useDocumentTitle(t('room.join.documentTitle'));

  useEffect(() => {
    if (found) void navigate(`/challenges/${found.id}`, { replace: true });
  }, [found, navigate]);

  if (valid && (loading || found)) return <PageLoader label={t('room.join.looking', { code })} />;

  const limited = error ? findApiError(error, ErrorCode.RATE_LIMITED) : undefined;
  const problem = !typed
    ? null
    : !valid
      ? { title: t('room.join.invalid'), body: null }
      : limited
        ? {
            title: t('room.join.rateLimited', {
              minutes: Math.max(1, Math.ceil((limited.retryAfterSeconds ?? 60) / 60)),
            }),
            body: null,
          }
        : error
          ? { title: t('room.join.failed'), body: null }
          : { title: t('room.join.notFoundTitle', { code }), body: t('room.join.notFoundBody') };

  return (
    <FormPanel
      title={t('room.join.title')}
      intro={t('room.join.intro')}
      footer={
        <Anchor component={Link} to="/" fw={800}>
          {t('room.join.back')}
        </Anchor>
      }
    >
      {problem && (
        <Alert
          color={error && !limited ? 'red' : 'sun'}
          variant="light"
          c="ink.9"
          icon={error ? <IconAlertTriangle aria-hidden="true" /> : <IconMapQuestion aria-hidden="true" />}
          title={problem.title}
          role="alert"
        >
          {problem.body}
        </Alert>
      )}
      <JoinCodeForm key={typed} initial={typed ? code : ''} focus={Boolean(problem)} />
    </FormPanel>
  );
}

/** The code, typed again: checked here, then looked up at its own address (`/j/CODE`). */
function JoinCodeForm({ initial, focus }: { initial: string; focus: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { code: initial },
    validate: {
      code: (value) => {
        const cleaned = cleanJoinCode(value);
        if (!cleaned) return t('room.join.required');
        return isJoinCode(cleaned) ? null : t('room.join.invalid');
      },
    },
  });

  useEffect(() => {
    if (!focus) return;
    input.current?.focus();
    input.current?.select();
  }, [focus]);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        ({ code }) => void navigate(`/j/${cleanJoinCode(code)}`),
        () => input.current?.focus(),
      )}
    >
      <Stack gap="lg">
        <TextInput
          {...form.getInputProps('code')}
          ref={input}
          label={t('room.join.label')}
          description={t('room.join.description')}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={12}
          size="lg"
          styles={{ input: { fontSize: '1.6rem', fontWeight: 800, letterSpacing: '0.18em' } }}
          required
        />
        <Button type="submit" size="lg" rightSection={<IconArrowRight size={20} aria-hidden="true" />}>
          {t('room.join.submit')}
        </Button>
      </Stack>
    </form>
  );
}
