import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { directionOf, i18n } from '../i18n/i18n';
import { QuickExitProvider } from '../features/safety';
import type { ReplaceLocation } from '../features/safety/quickExit';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  children: ReactNode;
  queryClient: QueryClient;
  /** How quick exit leaves the page; tests pass a spy. */
  replaceLocation?: ReplaceLocation;
}

export function AppProviders({ children, queryClient, replaceLocation }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        {/* Follows the <html dir> attribute that the i18n setup keeps in step with the language. */}
        <DirectionProvider initialDirection={directionOf(i18n.language)}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
            <QuickExitProvider replace={replaceLocation}>{children}</QuickExitProvider>
          </MantineProvider>
        </DirectionProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
