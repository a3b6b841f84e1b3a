import { AppShell, Box, Burger, Divider, Group, NavLink, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { AlarmButton } from '../../check-ins';
import { QuickExitButton } from '../../safety';
import { accountNavItems, navItemsFor, type NavItem } from '../navigation';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ProductName } from './ProductName';
import { HEADER_HEIGHT } from './PublicLayout';
import { SignOutButton } from './SignOutButton';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

const NAVBAR_BREAKPOINT = 'sm';
// Mantine's `sm` breakpoint is 48em; below it the navbar becomes a drawer behind the burger.
const PHONE_QUERY = '(max-width: 47.99em)';

/** The frame of signed-in pages: header, role navigation (a drawer on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery(PHONE_QUERY) ?? false;
  const navbarId = useId();
  const navbarHidden = isPhone && !navbarOpened;
  const navLink = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      active={pathname === item.to}
      aria-current={pathname === item.to ? 'page' : undefined}
      onClick={close}
    />
  );

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: 240, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggle}
              hiddenFrom={NAVBAR_BREAKPOINT}
              size="sm"
              aria-label={navbarOpened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={navbarOpened}
              aria-controls={navbarId}
            />
            <ProductName />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Box visibleFrom={NAVBAR_BREAKPOINT}>
              <LanguageSwitcher />
            </Box>
            <Box visibleFrom={NAVBAR_BREAKPOINT}>
              <SignOutButton />
            </Box>
            {me.role === 'survivor' && <AlarmButton />}
            <QuickExitButton />
          </Group>
        </Group>
      </AppShell.Header>

      {/* Off-screen on phones until opened: inert keeps its links out of the tab order meanwhile.
          It scrolls: a long role menu, a short phone or a zoomed page must not cut entries off. */}
      <AppShell.Navbar id={navbarId} p="md" aria-label={t('nav.label')} inert={navbarHidden} style={{ overflowY: 'auto' }}>
        <Stack gap={4}>
          {navItemsFor(me).map(navLink)}
        </Stack>
        {/* On phones sign-out comes before the account's own pages, so it stays in view when the menu opens. */}
        <Stack hiddenFrom={NAVBAR_BREAKPOINT} mt="xl" gap="md">
          <LanguageSwitcher showLabel />
          <SignOutButton fullWidth />
        </Stack>
        <Divider my="md" />
        <Stack gap={4}>
          {accountNavItems().map(navLink)}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
