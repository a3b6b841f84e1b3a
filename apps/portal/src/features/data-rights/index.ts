/** What other features use from this one. */
export { OwnDataSection } from './components/OwnDataSection';
export { SurvivorDataRights } from './components/SurvivorDataRights';
