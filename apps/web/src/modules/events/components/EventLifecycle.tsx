import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { EventStatus } from '@ouimake/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelEventMutation, CompleteEventMutation, PublishEventMutation } from '../graphql/Event.mutation';

export interface EventLifecycleProps {
  /** `publish`: the publish button alone (top of the editor); `close`: completion and cancellation. */
  part: 'publish' | 'close';
  event: {
    id: string;
    status: string;
    startsAt: string;
    agenda: ReadonlyArray<{
      challenge?: { id: string; title: string } | null;
      ideas: ReadonlyArray<{ id: string; title: string }>;
    }>;
  };
}

interface Outcome {
  outcome: string;
  selected: string[];
  close: boolean;
}

/** Publish a draft, cancel with a reason, and once started, complete with a report and outcomes. */
export function EventLifecycle({ part, event }: EventLifecycleProps) {
  const { t } = useTranslation();
  const [publish, publishing] = useMutation(PublishEventMutation);
  const [cancel, cancelling] = useMutation(CancelEventMutation);
  const [complete, completing] = useMutation(CompleteEventMutation);
  const [reason, setReason] = useState('');
  const [report, setReport] = useState('');
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const challenges = event.agenda.flatMap((item) =>
    item.challenge ? [{ ...item.challenge, ideas: item.ideas }] : [],
  );
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const outcomeOf = (id: string): Outcome => outcomes[id] ?? { outcome: '', selected: [], close: false };
  const setOutcome = (id: string, patch: Partial<Outcome>) =>
    setOutcomes((all) => ({ ...all, [id]: { ...outcomeOf(id), ...patch } }));

  const run = (action: () => Promise<unknown>, said: string) => {
    setFailed(false);
    setDone(null);
    action().then(
      () => setDone(said),
      () => setFailed(true),
    );
  };
  const live = event.status === EventStatus.DRAFT || event.status === EventStatus.PUBLISHED;
  const started = Date.parse(event.startsAt) <= Date.now();

  return (
    <Stack gap="lg">
      {part === 'publish' && event.status === EventStatus.DRAFT && (
        <Group>
          <Button
            size="lg"
            loading={publishing.loading}
            onClick={() => run(() => publish({ variables: { id: event.id } }), t('events.editor.published'))}
          >
            {t('events.editor.publish')}
          </Button>
        </Group>
      )}
      {part === 'close' && event.status === EventStatus.PUBLISHED && started && (
        <Fieldset
          legend={
            <Title order={2} size="h3">
              {t('events.editor.complete')}
            </Title>
          }
          radius="lg"
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!report.trim()) return;
              run(
                () =>
                  complete({
                    variables: {
                      id: event.id,
                      report,
                      outcomes: challenges
                        .filter((c) => outcomeOf(c.id).outcome.trim())
                        .map((c) => ({
                          challengeId: c.id,
                          outcome: outcomeOf(c.id).outcome,
                          selectedIdeaIds: outcomeOf(c.id).selected,
                          close: outcomeOf(c.id).close,
                        })),
                    },
                  }),
                t('events.editor.saved'),
              );
            }}
          >
            <Stack gap="md">
              <Textarea
                label={t('events.editor.report')}
                required
                autosize
                minRows={4}
                value={report}
                onChange={(e) => setReport(e.currentTarget.value)}
              />
              {challenges.map((challenge) => (
                <Stack key={challenge.id} gap="xs">
                  <Textarea
                    label={t('events.editor.outcome', { title: challenge.title })}
                    autosize
                    minRows={2}
                    value={outcomeOf(challenge.id).outcome}
                    onChange={(e) => setOutcome(challenge.id, { outcome: e.currentTarget.value })}
                  />
                  {challenge.ideas.length > 0 && (
                    <Checkbox.Group
                      label={t('events.editor.selectIdeas')}
                      value={outcomeOf(challenge.id).selected}
                      onChange={(selected) => setOutcome(challenge.id, { selected })}
                    >
                      <Stack gap={6} mt="xs">
                        {challenge.ideas.map((idea) => (
                          <Checkbox key={idea.id} value={idea.id} label={idea.title} />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                  )}
                  <Checkbox
                    label={t('events.editor.closeChallenge')}
                    checked={outcomeOf(challenge.id).close}
                    onChange={(e) => setOutcome(challenge.id, { close: e.currentTarget.checked })}
                  />
                </Stack>
              ))}
              <Group>
                <Button type="submit" loading={completing.loading}>
                  {t('events.editor.completeSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Fieldset>
      )}
      {part === 'close' && live && (
        <Fieldset
          legend={
            <Title order={2} size="h3">
              {t('events.editor.cancelEvent')}
            </Title>
          }
          radius="lg"
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!reason.trim()) return;
              run(
                () => cancel({ variables: { id: event.id, reason: reason.trim() } }),
                t('events.editor.saved'),
              );
            }}
          >
            <Stack gap="sm">
              <Textarea
                label={t('events.editor.cancelReason')}
                required
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red" variant="outline" loading={cancelling.loading}>
                  {t('events.editor.confirmCancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Fieldset>
      )}
      {done && (
        <Text role="status" fw={700}>
          {done}
        </Text>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {t('events.editor.failed')}
        </Alert>
      )}
    </Stack>
  );
}
