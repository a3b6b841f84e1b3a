import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Survivor } from '../api/types';
import { useProfileSection } from '../hooks/useProfileSection';
import { PROFILE_LIMITS, pseudonymRequest, validatePseudonym } from '../profileForm';
import { ProfileSection } from './ProfileSection';

export function PseudonymSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const section = useProfileSection(survivor.pseudonym, { validate: validatePseudonym, toRequest: pseudonymRequest });
  return (
    <ProfileSection heading={t('profile.pseudonym.heading')} saveLabel={t('profile.pseudonym.save')} section={section}>
      <TextInput
        size="md"
        label={t('profile.pseudonym.label')}
        description={t('profile.pseudonym.hint')}
        name="pseudonym"
        required
        autoComplete="off"
        maxLength={PROFILE_LIMITS.pseudonymMax}
        value={section.values}
        onChange={(event) => section.change(event.currentTarget.value)}
        error={section.errorFor('pseudonym')}
      />
    </ProfileSection>
  );
}
