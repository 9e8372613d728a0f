import { Badge, Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { IdeaStatus } from '@ouimake/domain';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './SelectIdeasField.module.css';

export interface SelectableIdea {
  id: string;
  title: string;
  status: IdeaStatus;
  hidden: boolean;
  voteCount: number | null;
}

export interface SelectIdeasFieldProps {
  /** The shortlisted and selected ideas, then the others; null while they load. */
  kept: SelectableIdea[] | null;
  proposed: SelectableIdea[] | null;
  /** Ideas of the challenge not listed (past the first ones of each kind). */
  notListed: number;
  failed: boolean;
  onRetry: () => void;
  value: string[];
  onChange: (ids: string[]) => void;
}

/**
 * The checklist of a challenge's ideas when closing it: the checked ones are its selected ideas.
 * Shortlisted and selected ideas come first; each says its votes when the viewer may see them.
 */
export function SelectIdeasField({
  kept,
  proposed,
  notListed,
  failed,
  onRetry,
  value,
  onChange,
}: SelectIdeasFieldProps) {
  const { t } = useTranslation();
  const groups = [
    { key: 'kept', label: t('closeChallenge.keptGroup'), ideas: kept ?? [] },
    { key: 'proposed', label: t('closeChallenge.proposedGroup'), ideas: proposed ?? [] },
  ].filter((group) => group.ideas.length > 0);

  let body;
  if (failed && kept === null) {
    body = (
      <Stack gap="xs" align="flex-start">
        <Text role="alert" c="red.9" fw={700}>
          {t('closeChallenge.selectionError')}
        </Text>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconRefresh size={18} aria-hidden="true" />}
          onClick={onRetry}
        >
          {t('closeChallenge.selectionRetry')}
        </Button>
      </Stack>
    );
  } else if (kept === null || proposed === null) {
    body = (
      <Group gap="sm" aria-busy="true">
        <Loader size="sm" color="ink.7" aria-hidden="true" />
        <Text role="status">{t('closeChallenge.selectionLoading')}</Text>
      </Group>
    );
  } else if (groups.length === 0) {
    body = <Text c="ink.7">{t('closeChallenge.selectionEmpty')}</Text>;
  } else {
    body = (
      <Checkbox.Group value={value} onChange={onChange}>
        <Stack gap="md" className={classes.groups}>
          {groups.map((group) => (
            <div key={group.key} role="group" aria-label={group.label}>
              <Text fw={800} size="sm" c="ink.7" mb={6} aria-hidden="true">
                {group.label}
              </Text>
              <Stack gap={6}>
                {group.ideas.map((idea) => (
                  <Checkbox
                    key={idea.id}
                    value={idea.id}
                    size="md"
                    classNames={{ root: classes.idea, body: classes.body, label: classes.label }}
                    label={
                      <>
                        <span className={classes.title}>{idea.title}</span>
                        <span className={classes.meta}>
                          {idea.status !== IdeaStatus.PROPOSED && (
                            <Badge size="sm" variant="outline" color="ink.9">
                              {t(`ideas.status.${idea.status}`)}
                            </Badge>
                          )}
                          {idea.hidden && (
                            <Badge size="sm" variant="filled" color="ink.7">
                              {t('curation.hidden')}
                            </Badge>
                          )}
                          {idea.voteCount !== null && (
                            <span>{t('closeChallenge.votes', { count: idea.voteCount })}</span>
                          )}
                        </span>
                      </>
                    }
                  />
                ))}
              </Stack>
            </div>
          ))}
          {notListed > 0 && (
            <Text size="sm" c="ink.7">
              {t('closeChallenge.selectionMore', { count: notListed })}
            </Text>
          )}
        </Stack>
      </Checkbox.Group>
    );
  }

  return (
    <fieldset className={classes.fieldset}>
      <legend id="select-ideas-label" className={classes.legend}>
        {t('closeChallenge.selection')}
      </legend>
      <Text size="sm" c="ink.7" mb="sm">
        {t('closeChallenge.selectionHint')}
      </Text>
      {body}
      {kept !== null && proposed !== null && groups.length > 0 && (
        <Text role="status" fw={700} mt="sm">
          {t('closeChallenge.selectionCount', { count: value.length })}
        </Text>
      )}
    </fieldset>
  );
}
