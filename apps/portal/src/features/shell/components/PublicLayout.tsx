import { AppShell, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { QuickExitButton } from '../../safety';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ProductName } from './ProductName';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

export const HEADER_HEIGHT = 60;

/** The frame of pages seen before signing in: product name, language and quick exit. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <ProductName />
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <QuickExitButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Container size={480} px={0} py="md">
          {children ?? <Outlet />}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
