import { Menu, Text, UnstyledButton } from '@mantine/core';
import { Role } from '@ouimake/domain';
import {
  IconChevronDown,
  IconBell,
  IconBulb,
  IconFlag,
  IconLogout,
  IconSeeding,
  IconShieldCheck,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { InitialsAvatar } from '../../../ui/InitialsAvatar';
import { UserMenuFragment } from '../graphql/UserMenu.fragment';
import { useSignOut } from '../hooks/useSignOut';
import classes from './AccountControls.module.css';

/**
 * The signed-in person's menu in the header: their profile, their projects, the facilitation page
 * for facilitators and admins, the admin page for admins, sign out.
 */
export function UserMenu(props: { user: FragmentType<typeof UserMenuFragment> }) {
  const user = getFragmentData(UserMenuFragment, props.user);
  const { t } = useTranslation();
  const { signOut, isSigningOut } = useSignOut();

  return (
    <>
      {/* Shown once the API said whose the token is: a refused token asks nothing more. */}
      <NotificationBell />
      <Menu position="bottom-end" width={280} shadow="md" radius="md" offset={6}>
        <Menu.Target>
          <UnstyledButton
            className={classes.userButton}
            aria-label={t('account.menuLabel', { name: user.displayName })}
          >
            <InitialsAvatar name={user.displayName} size={36} />
            <span className={classes.userName}>{user.displayName}</span>
            <IconChevronDown size={18} stroke={2} aria-hidden="true" />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label className={classes.menuIdentity}>
            <Text fw={800} c="ink.9" truncate="end">
              {user.displayName}
            </Text>
            {user.email && (
              <Text size="sm" c="ink.7" truncate="end">
                {user.email}
              </Text>
            )}
          </Menu.Label>
          <Menu.Item
            component={Link}
            to="/profile"
            leftSection={<IconUserCircle size={20} aria-hidden="true" />}
            className={classes.menuItem}
          >
            {t('account.profile')}
          </Menu.Item>
          <Menu.Item
            component={Link}
            to="/my-projects"
            leftSection={<IconSeeding size={20} aria-hidden="true" />}
            className={classes.menuItem}
          >
            {t('account.myProjects')}
          </Menu.Item>
          <Menu.Item
            component={Link}
            to="/my-contributions"
            leftSection={<IconBulb size={20} aria-hidden="true" />}
            className={classes.menuItem}
          >
            {t('notifications.contributions.menu')}
          </Menu.Item>
          <Menu.Item
            component={Link}
            to="/settings/notifications"
            leftSection={<IconBell size={20} aria-hidden="true" />}
            className={classes.menuItem}
          >
            {t('notifications.settings.documentTitle')}
          </Menu.Item>
          {(user.role === Role.FACILITATOR || user.role === Role.ADMIN) && (
            <Menu.Item
              component={Link}
              to="/facilitation"
              leftSection={<IconFlag size={20} aria-hidden="true" />}
              className={classes.menuItem}
            >
              {t('account.facilitation')}
            </Menu.Item>
          )}
          {user.role === Role.ADMIN && (
            <Menu.Item
              component={Link}
              to="/admin/users"
              leftSection={<IconShieldCheck size={20} aria-hidden="true" />}
              className={classes.menuItem}
            >
              {t('account.admin')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout size={20} aria-hidden="true" />}
            className={classes.menuItem}
            disabled={isSigningOut}
            onClick={() => void signOut()}
          >
            {isSigningOut ? t('account.signingOut') : t('account.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
