import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../reference';
import type { Survivor } from '../api/types';
import { useProfileSection } from '../hooks/useProfileSection';
import { regionRequest } from '../profileForm';
import { ProfileSection } from './ProfileSection';

export function RegionSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const { regions } = useRegions();
  const section = useProfileSection(survivor.regionCode ?? '', { toRequest: regionRequest });
  // The saved region stays offered while the list loads, or if it has since been removed.
  const known = regions.some((region) => region.code === section.values);
  const data = [
    { value: '', label: t('profile.region.none') },
    ...regions.map((region) => ({ value: region.code, label: region.name })),
    ...(section.values && !known ? [{ value: section.values, label: survivor.regionName ?? section.values }] : []),
  ];
  return (
    <ProfileSection heading={t('profile.region.heading')} saveLabel={t('profile.region.save')} section={section}>
      <NativeSelect
        size="md"
        label={t('profile.region.label')}
        description={t('profile.region.hint')}
        name="regionCode"
        value={section.values}
        onChange={(event) => section.change(event.currentTarget.value)}
        data={data}
        error={section.errorFor('regionCode')}
      />
    </ProfileSection>
  );
}
