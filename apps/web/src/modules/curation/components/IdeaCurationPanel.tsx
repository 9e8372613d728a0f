import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IdeaStatus } from '@ouimake/domain';
import { IconArrowMerge, IconEye, IconEyeOff, IconFlag, IconFlagCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IdeaActions } from '../hooks/useIdeaActions';
import type { CurationStatus } from '../hooks/useIdeaCuration';
import { ActionFeedback } from './ActionFeedback';
import classes from './IdeaCurationPanel.module.css';
import { IdeaDialogs } from './IdeaDialogs';

const STATUSES: CurationStatus[] = [IdeaStatus.PROPOSED, IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED];
const isCurationStatus = (value: string): value is CurationStatus => (STATUSES as string[]).includes(value);

export interface IdeaCurationPanelProps {
  actions: IdeaActions;
  challengeId: string;
  canCurate: boolean;
  canReport: boolean;
}

/**
 * An idea's actions on its page: for curators, its status as three choices (the current one
 * chosen), merge into another, hide or show again; for people signed in, report it.
 */
export function IdeaCurationPanel({
  actions,
  challengeId,
  canCurate,
  canReport: mayReport,
}: IdeaCurationPanelProps) {
  const { t } = useTranslation();
  const { idea, curation } = actions;
  // Hidden already: there is nothing left to report.
  const canReport = mayReport && !idea.hidden;
  if (!canCurate && !canReport) return null;
  const merged = idea.status === IdeaStatus.MERGED;

  const report =
    canReport &&
    (idea.viewerHasReported ? (
      <Text fw={700} c="ink.8" className={classes.reported}>
        <IconFlagCheck size={20} aria-hidden="true" />
        {t('report.reported')}
      </Text>
    ) : (
      <Button
        variant="subtle"
        color="ink.9"
        size="md"
        aria-label={t('report.ideaLabel', { title: idea.title })}
        leftSection={<IconFlag size={20} aria-hidden="true" />}
        onClick={() => actions.open('report')}
      >
        {t('report.action')}
      </Button>
    ));

  const dialogs = (
    <IdeaDialogs
      open={actions.dialog}
      idea={idea}
      challengeId={challengeId}
      onClose={actions.close}
      onDone={actions.done}
    />
  );

  if (!canCurate) {
    return (
      <Stack gap="xs">
        <Group gap="sm">{report}</Group>
        <ActionFeedback news={curation.news} failure={curation.failure} />
        {dialogs}
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby="idea-curation" radius="lg" p="lg" className={classes.panel}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="idea-curation">
            {t('curation.panelTitle')}
          </Title>
          <Text size="sm" c="ink.7">
            {t('curation.panelHint')}
          </Text>
        </div>
        {!merged && (
          <div>
            <Text fw={700} mb={6} id="idea-status-legend">
              {t('curation.statusLegend')}
            </Text>
            <SegmentedControl
              aria-labelledby="idea-status-legend"
              value={idea.status}
              readOnly={curation.busy}
              onChange={(value) => {
                if (isCurationStatus(value) && value !== idea.status) void curation.setStatus(value);
              }}
              data={STATUSES.map((status) => ({ value: status, label: t(`ideas.status.${status}`) }))}
              radius="xl"
              size="md"
              className={classes.status}
            />
          </div>
        )}
        <Group gap="sm">
          {!merged && (
            <Button
              variant="default"
              size="md"
              leftSection={<IconArrowMerge size={20} aria-hidden="true" />}
              onClick={() => actions.open('merge')}
            >
              {t('curation.merge')}
            </Button>
          )}
          {idea.hidden ? (
            <Button
              variant="default"
              size="md"
              aria-disabled={curation.busy || undefined}
              leftSection={<IconEye size={20} aria-hidden="true" />}
              onClick={() => void curation.unhide()}
            >
              {t('curation.unhide')}
            </Button>
          ) : (
            <Button
              variant="default"
              color="red.9"
              size="md"
              leftSection={<IconEyeOff size={20} aria-hidden="true" />}
              onClick={() => actions.open('hide')}
            >
              {t('curation.hide')}
            </Button>
          )}
          {report}
        </Group>
        <ActionFeedback news={curation.news} failure={curation.failure} />
      </Stack>
      {dialogs}
    </Paper>
  );
}
