import { Initial1795820209420 } from './1795820209420-Initial';

/** Every committed migration, oldest first. */
export const MIGRATIONS = [Initial1795820209420];
