export { useRegions, useSkills } from './hooks/useReferenceData';
export { formatDate, formatDateTime, formatMoney } from './format';
