import { Alert, Anchor, Badge, NativeSelect, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ErrorCode, Role } from '@ouimake/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrors } from '../../../shared/apiErrors';
import { type FragmentType, getFragmentData } from '../../../gql';
import { InitialsAvatar } from '../../../ui/InitialsAvatar';
import { AdminUserRowFragment } from '../graphql/AdminUserRow.fragment';
import { SetUserRoleMutation } from '../graphql/SetUserRole.mutation';
import classes from './AdminUserList.module.css';

/** Why a role change was refused, as a key of `admin.roleRefused`. */
type Refusal = 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'network' | 'unknown';

function refusalOf(error: unknown): Refusal {
  const errors = apiErrors(error);
  if (errors.length === 0) return 'network';
  for (const { code } of errors) {
    if (code === ErrorCode.FORBIDDEN || code === ErrorCode.CONFLICT || code === ErrorCode.NOT_FOUND)
      return code;
  }
  return 'unknown';
}

const ROLES: readonly Role[] = [Role.MEMBER, Role.FACILITATOR, Role.ADMIN];
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export interface AdminUserRowProps {
  user: FragmentType<typeof AdminUserRowFragment>;
  /** The admin looking at the list. */
  viewerId: string;
  /** Says something to screen readers through the list's live region. */
  announce: (text: string) => void;
}

/**
 * One account in the admins' list, with its role picker. The new role shows at once; if the API
 * refuses it, the old one comes back with the reason beside it.
 */
export function AdminUserRow({ viewerId, announce, ...props }: AdminUserRowProps) {
  const user = getFragmentData(AdminUserRowFragment, props.user);
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [setUserRole] = useMutation(SetUserRoleMutation);
  const isViewer = user.id === viewerId;

  const changeRole = async (role: Role) => {
    if (role === user.role) return;
    setRefusal(null);
    try {
      await setUserRole({
        variables: { userId: user.id, role },
        // Shown at once; put back if refused. Not for the admin's own row: shown as no longer
        // admin, this very page would close before the API could refuse (the last admin).
        optimisticResponse: isViewer
          ? undefined
          : { __typename: 'Mutation', setUserRole: { __typename: 'User', id: user.id, role } },
      });
      announce(t('admin.roleChanged', { name: user.displayName, role: t(`role.${role}`) }));
    } catch (error) {
      const reason = refusalOf(error);
      setRefusal(reason);
      announce(t(`admin.roleRefused.${reason}`, { name: user.displayName }));
    }
  };

  return (
    <li className={classes.row} data-testid={`user-row-${user.id}`}>
      <InitialsAvatar name={user.displayName} size={44} className={classes.avatar} />
      <div className={classes.who}>
        <Text component="div" fw={800} size="lg" className={classes.name}>
          <Anchor component={Link} to={`/users/${user.id}`} underline="hover" fw={800}>
            {user.displayName}
          </Anchor>
          {isViewer && (
            <Badge variant="outline" color="ink.9" size="sm" ml={8}>
              {t('admin.you')}
            </Badge>
          )}
        </Text>
        <Text size="sm" c="ink.7" className={classes.email}>
          {user.email ?? t('admin.noEmail')}
        </Text>
        <Text size="sm" c="ink.7">
          {[user.city, t('admin.memberSince', { date: new Date(user.createdAt) })]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
      <NativeSelect
        className={classes.role}
        aria-label={t('admin.roleFor', { name: user.displayName })}
        value={user.role}
        onChange={(event) => {
          const role = event.currentTarget.value;
          if (isRole(role)) void changeRole(role);
        }}
        data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        size="md"
        radius="xl"
        error={refusal !== null}
      />
      {refusal && (
        <Alert
          className={classes.refusal}
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden="true" />}
          p="sm"
        >
          {t(`admin.roleRefused.${refusal}`, { name: user.displayName })}
        </Alert>
      )}
    </li>
  );
}
