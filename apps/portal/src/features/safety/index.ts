export { NEUTRAL_URL, quickExit } from './quickExit';
export { QuickExitProvider } from './components/QuickExitProvider';
export { QuickExitButton } from './components/QuickExitButton';
export { useQuickExit } from './hooks/QuickExitContext';
