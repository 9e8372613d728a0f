import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { LoadFailed } from '../../../ui/LoadFailed';
import { Missing } from '../../../ui/Missing';
import { NotAllowed } from '../../../ui/NotAllowed';
import { PageLoader } from '../../../ui/PageLoader';
import { EditProjectQuery } from '../graphql/EditProject.query';

export type HeldProjectData = NonNullable<ResultOf<typeof EditProjectQuery>['project']>;

interface HeldProjectProps {
  slug: string;
  /** What a signed-in person who does not hold the project is told. */
  notHolder: (projectName: string) => { title: string; body: string };
  children: (project: HeldProjectData) => ReactNode;
}

/**
 * Loads a project by slug for a page only its holders use (edit it, post a challenge), with the
 * not-found, error, loading and not-a-holder states those pages share.
 */
export function HeldProject({ slug, notHolder, children }: HeldProjectProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EditProjectQuery, { variables: { slug } });
  const project = data?.project;

  if (data && !project) {
    return (
      <Missing
        title={t('projectPage.notFound.title')}
        body={t('projectPage.notFound.body')}
        back={{ to: '/', label: t('projectPage.notFound.back') }}
      />
    );
  }
  if (!project) {
    if (error) {
      return (
        <LoadFailed
          title={t('projectPage.error.title')}
          body={t('projectPage.error.body')}
          retryLabel={t('projectPage.error.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
    }
    return <PageLoader label={t('projectPage.loading')} />;
  }
  if (!project.viewerIsHolder) {
    return (
      <NotAllowed
        {...notHolder(project.name)}
        back={{ to: `/projects/${project.slug}`, label: project.name }}
      />
    );
  }
  return <>{children(project)}</>;
}
