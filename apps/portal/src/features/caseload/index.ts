/** What other features use from this one. */
export { PersonPicker, type PersonChoice, type PersonPickerLabels } from './components/PersonPicker';
export { CASELOAD_PATHS } from './navigation';
