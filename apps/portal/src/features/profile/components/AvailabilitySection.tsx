import { TextInput } from '@mantine/core';
import { SHIFTS } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import type { Survivor } from '../api/types';
import { useProfileSection } from '../hooks/useProfileSection';
import { availabilityRequest, availabilityValues, validateAvailability } from '../profileForm';
import { CheckboxFieldset } from './ChoiceFieldset';
import { ProfileSection } from './ProfileSection';

export function AvailabilitySection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const section = useProfileSection(availabilityValues(survivor), { validate: validateAvailability, toRequest: availabilityRequest });
  const { values, change, errorFor } = section;
  return (
    <ProfileSection heading={t('profile.availability.heading')} saveLabel={t('profile.availability.save')} section={section}>
      <TextInput
        size="md"
        label={t('profile.availability.hours')}
        description={t('profile.availability.hoursHint')}
        name="hoursPerWeek"
        inputMode="numeric"
        autoComplete="off"
        maxLength={2}
        value={values.hoursPerWeek}
        onChange={(event) => {
          const { value } = event.currentTarget;
          change((current) => ({ ...current, hoursPerWeek: value }));
        }}
        error={errorFor('availability.hoursPerWeek')}
      />
      <CheckboxFieldset
        legend={t('profile.availability.shifts')}
        description={t('profile.availability.shiftsHint')}
        columns={2}
        choices={SHIFTS.map((shift) => ({ value: shift, label: t(`profile.shifts.${shift}`) }))}
        value={values.shifts}
        onChange={(shifts) => change((current) => ({ ...current, shifts }))}
        error={errorFor('availability.shifts')}
      />
    </ProfileSection>
  );
}
