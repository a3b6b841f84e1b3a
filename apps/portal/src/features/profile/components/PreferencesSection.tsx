import { TextInput } from '@mantine/core';
import { SECTORS, WORKPLACE_PREFERENCES } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../reference';
import type { Survivor } from '../api/types';
import { useProfileFormat } from '../hooks/useProfileFormat';
import { useProfileSection } from '../hooks/useProfileSection';
import { preferenceValues, preferencesRequest, validatePreferences } from '../profileForm';
import { CheckboxFieldset, RadioFieldset } from './ChoiceFieldset';
import { ProfileSection } from './ProfileSection';

export function PreferencesSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const format = useProfileFormat();
  const { regions } = useRegions();
  const section = useProfileSection(preferenceValues(survivor), { validate: validatePreferences, toRequest: preferencesRequest });
  const { values, change, errorFor } = section;
  // The minimum is in the currency of the person's region (every region of a deployment shares one).
  const currency = (regions.find((region) => region.code === survivor.regionCode) ?? regions[0])?.currency;

  return (
    <ProfileSection heading={t('profile.preferences.heading')} saveLabel={t('profile.preferences.save')} section={section}>
      <CheckboxFieldset
        legend={t('profile.preferences.sectors')}
        description={t('profile.preferences.sectorsHint')}
        columns={2}
        choices={SECTORS.map((sector) => ({ value: sector, label: t(`reference.sectors.${sector}`) }))}
        value={values.sectors}
        onChange={(sectors) => change((current) => ({ ...current, sectors }))}
        error={errorFor('preferences.sectors')}
      />
      <RadioFieldset
        legend={t('profile.preferences.workplace')}
        name="workplace"
        choices={WORKPLACE_PREFERENCES.map((workplace) => ({ value: workplace, label: t(`profile.workplace.${workplace}`) }))}
        value={values.workplace}
        onChange={(workplace) => change((current) => ({ ...current, workplace }))}
        error={errorFor('preferences.workplace')}
      />
      <TextInput
        size="md"
        label={t('profile.preferences.minimumPay')}
        description={currency ? t('profile.preferences.minimumPayHint', { currency: format.currencyName(currency) }) : t('profile.preferences.minimumPayHintAny')}
        name="minimumPay"
        inputMode="decimal"
        autoComplete="off"
        dir="ltr"
        value={values.minimumPay}
        onChange={(event) => {
          const { value } = event.currentTarget;
          change((current) => ({ ...current, minimumPay: value }));
        }}
        error={errorFor('preferences.minimumHourlyWageMinor')}
      />
    </ProfileSection>
  );
}
