import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Survivor } from '../api/types';
import { useProfileSection } from '../hooks/useProfileSection';
import { PROFILE_LIMITS, personalRequest, personalValues, validatePersonal, type PersonalValues } from '../profileForm';
import { ProfileSection } from './ProfileSection';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Legal name and contact details. autocomplete is off: a shared or watched phone must not offer
 * them back to whoever types in a form later.
 */
export function PersonalSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const section = useProfileSection(personalValues(survivor), { validate: (values) => validatePersonal(values, today()), toRequest: personalRequest });
  const bind = (field: keyof PersonalValues) => ({
    size: 'md' as const,
    name: field,
    autoComplete: 'off',
    description: t('profile.personal.optional'),
    value: section.values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      section.change((current) => ({ ...current, [field]: value }));
    },
    error: section.errorFor(`personal.${field}`),
  });
  return (
    <ProfileSection heading={t('profile.personal.heading')} intro={t('profile.personal.intro')} saveLabel={t('profile.personal.save')} section={section}>
      <TextInput label={t('profile.personal.legalName')} maxLength={PROFILE_LIMITS.legalNameMax} {...bind('legalName')} />
      <TextInput label={t('profile.personal.dateOfBirth')} type="date" max={today()} {...bind('dateOfBirth')} />
      <TextInput label={t('profile.personal.phone')} type="tel" inputMode="tel" dir="ltr" {...bind('phone')} />
      <TextInput label={t('profile.personal.email')} type="email" inputMode="email" dir="ltr" maxLength={PROFILE_LIMITS.emailMax} {...bind('email')} />
    </ProfileSection>
  );
}
