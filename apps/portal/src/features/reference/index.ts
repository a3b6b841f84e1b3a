export { useRegions, useSkills } from './hooks/useReferenceData';
export { formatDate, formatMoney } from './format';
