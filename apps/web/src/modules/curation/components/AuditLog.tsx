import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { IdeaStatus, ReportStatus } from '@ouimake/domain';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePagedQuery } from '../../../shared/usePagedQuery';
import { LoadFailed } from '../../../ui/LoadFailed';
import { StateMessage } from '../../../ui/StateMessage';
import { AUDIT_PAGE_SIZE, AuditLogQuery } from '../graphql/AuditLog.query';
import classes from './Facilitation.module.css';

/** Where an entry's target is on the board, when it has a page. */
function targetPath(type: string, id: string): string | null {
  if (type === 'Idea') return `/ideas/${id}`;
  if (type === 'Challenge') return `/challenges/${id}`;
  if (type === 'User') return `/users/${id}`;
  return null;
}

const STATUSES = new Set<string>(Object.values(IdeaStatus));
const RESOLUTIONS = new Set<string>(Object.values(ReportStatus));

/**
 * Admins: the audit log, newest first: when, who, what (in words when the board knows the act, as
 * the API names it otherwise), on what, and the detail the API kept (a reason, a change).
 */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const page = usePagedQuery(AuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE },
    connection: (data) => data.auditLog,
  });
  const label = (action: string) => {
    const key = `facilitation.audit.actions.${action.replace('.', '_')}` as ParseKeys;
    return i18n.exists(key) ? (t(key) as string) : action;
  };
  // The details the API writes in a known shape read in words; any other as it is.
  const detail = (action: string, text: string | null | undefined): ReactNode => {
    if (!text) return null;
    if (action === 'idea.setStatus') {
      const parts = text.split(' → ');
      if (parts.length === 2 && parts.every((part) => STATUSES.has(part))) {
        return parts.map((part) => t(`ideas.status.${part as IdeaStatus}`)).join(' → ');
      }
    }
    if (action === 'report.resolve' && RESOLUTIONS.has(text)) {
      return t(`facilitation.audit.resolved.${text as ReportStatus}`);
    }
    const merged = action === 'idea.merge' ? /^into (\S+)$/.exec(text) : null;
    if (merged) {
      return (
        <Anchor component={Link} to={`/ideas/${merged[1]}`} size="sm">
          {t('facilitation.audit.mergedInto')}
        </Anchor>
      );
    }
    return text;
  };
  const target = (type: string) => {
    const key = `facilitation.audit.targets.${type}` as ParseKeys;
    return i18n.exists(key) ? (t(key) as string) : type;
  };

  let body;
  if (page.error) {
    body = (
      <LoadFailed
        titleOrder={2}
        title={t('facilitation.audit.error')}
        body={t('form.errors.network')}
        retryLabel={t('facilitation.audit.retry')}
        onRetry={page.retry}
      />
    );
  } else if (page.isLoading) {
    body = (
      <Text c="ink.7" role="status" aria-busy="true">
        {t('facilitation.audit.loading')}
      </Text>
    );
  } else if (page.nodes.length === 0) {
    body = (
      <StateMessage icon={<IconHistory size={36} />} title={t('facilitation.audit.empty.title')}>
        {t('facilitation.audit.empty.body')}
      </StateMessage>
    );
  } else {
    body = (
      <ol className={classes.audit} aria-label={t('facilitation.audit.list')}>
        {page.nodes.map((entry) => {
          const path = targetPath(entry.targetType, entry.targetId);
          return (
            <li key={entry.id} className={classes.entry}>
              <Text size="sm" c="ink.7" component="time" dateTime={entry.at} className={classes.entryAt}>
                {t('facilitation.audit.on', { date: new Date(entry.at) })}
              </Text>
              <div className={classes.entryWhat}>
                <Text fw={800}>
                  {label(entry.action)}{' '}
                  <Text component="span" fw={400} c="ink.8">
                    {t('facilitation.audit.by', { name: entry.actor.displayName })}
                  </Text>
                </Text>
                <Text size="sm" c="ink.8" className={classes.entryDetail}>
                  {target(entry.targetType)}
                  {path && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={path} size="sm">
                        {t('facilitation.audit.open')}
                      </Anchor>
                    </>
                  )}
                  {entry.detail && <> · {detail(entry.action, entry.detail)}</>}
                </Text>
              </div>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section aria-labelledby="facilitation-audit" className={classes.section}>
      <div>
        <Title order={2} id="facilitation-audit" className={classes.heading}>
          <IconHistory size={26} aria-hidden="true" />
          {t('facilitation.audit.title')}
        </Title>
        <Text c="ink.7">{t('facilitation.audit.intro')}</Text>
      </div>
      {body}
      {page.hasMore && (
        <Group>
          <Button
            variant="default"
            size="md"
            loading={page.isLoadingMore}
            onClick={() => void page.loadMore()}
          >
            {t('facilitation.audit.more')}
          </Button>
        </Group>
      )}
    </section>
  );
}
