import { ActionIcon, Menu } from '@mantine/core';
import { IdeaStatus } from '@ouimake/domain';
import {
  IconArrowBackUp,
  IconArrowMerge,
  IconDots,
  IconEye,
  IconEyeOff,
  IconFlag,
  IconFlagCheck,
  IconListCheck,
  IconStar,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IdeaActions } from '../hooks/useIdeaActions';
import type { CurationStatus } from '../hooks/useIdeaCuration';
import { IdeaDialogs } from './IdeaDialogs';

const STATUS_ICONS: Record<CurationStatus, typeof IconStar> = {
  [IdeaStatus.SHORTLISTED]: IconListCheck,
  [IdeaStatus.SELECTED]: IconStar,
  [IdeaStatus.PROPOSED]: IconArrowBackUp,
};
const STATUSES: CurationStatus[] = [IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED, IdeaStatus.PROPOSED];

export interface IdeaActionsMenuProps {
  actions: IdeaActions;
  challengeId: string;
  /** The viewer curates the challenge: statuses, merge, hide and show again. */
  canCurate: boolean;
  /** The viewer may report it (signed in, not its author). */
  canReport: boolean;
}

/**
 * The "…" menu on an idea's note: for curators its status (the current one said first), merge into
 * another, hide or show again; for people signed in, report it (once).
 */
export function IdeaActionsMenu({
  actions,
  challengeId,
  canCurate,
  canReport: mayReport,
}: IdeaActionsMenuProps) {
  const { t } = useTranslation();
  const { idea, curation } = actions;
  // Hidden already: there is nothing left to report.
  const canReport = mayReport && !idea.hidden;
  if (!canCurate && !canReport) return null;
  const curatable = canCurate && idea.status !== IdeaStatus.MERGED;

  return (
    <>
      <Menu position="bottom-end" shadow="md" radius="md" width={260} offset={4}>
        <Menu.Target>
          <ActionIcon
            ref={actions.opener}
            variant="default"
            size={40}
            radius="xl"
            aria-label={t('curation.actions', { title: idea.title })}
            aria-busy={curation.busy || undefined}
          >
            <IconDots size={22} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {curatable && (
            <>
              <Menu.Label>{t('curation.statusNow', { status: t(`ideas.status.${idea.status}`) })}</Menu.Label>
              {STATUSES.filter((status) => status !== idea.status).map((status) => {
                const Icon = STATUS_ICONS[status];
                return (
                  <Menu.Item
                    key={status}
                    leftSection={<Icon size={20} aria-hidden="true" />}
                    onClick={() => void curation.setStatus(status)}
                  >
                    {t(`curation.toStatus.${status}`)}
                  </Menu.Item>
                );
              })}
              <Menu.Divider />
              <Menu.Item
                leftSection={<IconArrowMerge size={20} aria-hidden="true" />}
                onClick={() => actions.open('merge')}
              >
                {t('curation.merge')}
              </Menu.Item>
            </>
          )}
          {canCurate &&
            (idea.hidden ? (
              <Menu.Item
                leftSection={<IconEye size={20} aria-hidden="true" />}
                onClick={() => void curation.unhide()}
              >
                {t('curation.unhide')}
              </Menu.Item>
            ) : (
              <Menu.Item
                color="red.9"
                leftSection={<IconEyeOff size={20} aria-hidden="true" />}
                onClick={() => actions.open('hide')}
              >
                {t('curation.hide')}
              </Menu.Item>
            ))}
          {canCurate && canReport && <Menu.Divider />}
          {canReport &&
            (idea.viewerHasReported ? (
              <Menu.Item disabled leftSection={<IconFlagCheck size={20} aria-hidden="true" />}>
                {t('report.reported')}
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconFlag size={20} aria-hidden="true" />}
                onClick={() => actions.open('report')}
              >
                {t('report.action')}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
      <IdeaDialogs
        open={actions.dialog}
        idea={idea}
        challengeId={challengeId}
        onClose={actions.close}
        onDone={actions.done}
      />
    </>
  );
}
