import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../../gql';
import { actionRefusal } from '../../../shared/formRefusal';
import { message, type MessageRef } from '../../../shared/Message';
import { ChallengeResourcesFragment } from '../graphql/ChallengeResources.fragment';
import { RemoveResourceMutation } from '../graphql/Resource.mutation';
import { ActionFeedback } from './ActionFeedback';
import { AddResourceForm } from './AddResourceForm';
import classes from './ChallengeResources.module.css';

/** The site a link goes to, shown under its title ("www." left out). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * A challenge's resources: links worth reading before contributing, opening in a new tab. Curators
 * add and remove them; for others the section shows only when there is something to read.
 */
export function ChallengeResources(props: { challenge: FragmentType<typeof ChallengeResourcesFragment> }) {
  const challenge = getFragmentData(ChallengeResourcesFragment, props.challenge);
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveResourceMutation);
  const [removing, setRemoving] = useState<string | null>(null);
  const [news, setNews] = useState<MessageRef | null>(null);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const curates = challenge.viewerCanCurate;
  if (challenge.resources.length === 0 && !curates) return null;

  const onRemove = async (resource: { id: string; title: string }) => {
    if (removing) return;
    setRemoving(resource.id);
    setNews(null);
    setFailure(null);
    try {
      await remove({
        variables: { id: resource.id },
        update: (cache) => {
          cache.modify({
            id: cache.identify({ __typename: 'Challenge', id: challenge.id }),
            fields: {
              resources: (value, { readField }) =>
                (value as readonly Reference[]).filter(
                  (ref) => readField('id', ref) !== resource.id,
                ) as typeof value,
            },
          });
        },
      });
      setNews(message('resources.removed', { title: resource.title }));
      // The button used is gone: keep the focus in the section.
      setTimeout(() => document.getElementById('challenge-resources')?.focus(), 0);
    } catch (error) {
      setFailure(actionRefusal(error));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Paper
      component="section"
      aria-labelledby="challenge-resources"
      radius="lg"
      p={{ base: 'lg', sm: 'xl' }}
      withBorder
      className={classes.section}
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="challenge-resources" tabIndex={-1} className={classes.title}>
            {t('resources.title')}
          </Title>
          <Text c="ink.7" size="sm">
            {t('resources.intro')}
          </Text>
        </div>
        {challenge.resources.length === 0 ? (
          <Text c="ink.7">{t('resources.empty')}</Text>
        ) : (
          <ul className={classes.list} aria-label={t('resources.list')}>
            {challenge.resources.map((resource) => (
              <li key={resource.id} className={classes.item}>
                <div className={classes.link}>
                  <Anchor
                    href={resource.url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    fw={800}
                    className={classes.anchor}
                  >
                    {resource.title}
                    <IconExternalLink size={16} aria-hidden="true" className={classes.external} />
                    <span className={classes.visuallyHidden}> {t('resources.newTab')}</span>
                  </Anchor>
                  <Text size="sm" c="ink.7" className={classes.site}>
                    {siteOf(resource.url)}
                  </Text>
                </div>
                {curates && (
                  <Button
                    variant="subtle"
                    color="red.9"
                    size="compact-md"
                    aria-label={t('resources.removeLabel', { title: resource.title })}
                    aria-disabled={removing !== null || undefined}
                    loading={removing === resource.id}
                    leftSection={<IconTrash size={18} aria-hidden="true" />}
                    onClick={() => void onRemove(resource)}
                  >
                    {t('resources.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        <ActionFeedback news={news} failure={failure} />
        {curates && (
          <AddResourceForm
            challengeId={challenge.id}
            onAdded={(title) => setNews(message('resources.added', { title }))}
          />
        )}
      </Stack>
    </Paper>
  );
}
