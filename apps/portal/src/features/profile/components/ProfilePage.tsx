import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OwnDataSection } from '../../data-rights';
import type { Survivor } from '../api/types';
import { useOwnProfile } from '../hooks/useOwnProfile';
import { AvailabilitySection } from './AvailabilitySection';
import { ExclusionsSection } from './ExclusionsSection';
import { LanguagesSection } from './LanguagesSection';
import { OwnPage, PAGE_WIDTH } from './OwnPage';
import { PersonalSection } from './PersonalSection';
import { PreferencesSection } from './PreferencesSection';
import { PseudonymSection } from './PseudonymSection';
import { RegionSection } from './RegionSection';
import { SkillsSection } from './SkillsSection';

/** `/survivor/profile`: the person's own profile, in sections that each save on their own. */
export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  return (
    <OwnPage title={t('profile.page.title')} query={profile}>
      {(survivor) => <ProfileSections key={survivor.id} survivor={survivor} />}
    </OwnPage>
  );
}

function ProfileSections({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={PAGE_WIDTH}>
      <Stack gap="xs">
        <Title order={1}>{t('profile.page.title')}</Title>
        <Text>{t('profile.page.intro')}</Text>
      </Stack>
      <PseudonymSection survivor={survivor} />
      <PersonalSection survivor={survivor} />
      <SkillsSection survivor={survivor} />
      <LanguagesSection survivor={survivor} />
      <RegionSection survivor={survivor} />
      <AvailabilitySection survivor={survivor} />
      <PreferencesSection survivor={survivor} />
      <ExclusionsSection survivor={survivor} />
      <OwnDataSection />
    </Stack>
  );
}
