import { Box, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { SECTORS } from '@onward/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TOUCH_INPUT_STYLES, TOUCH_SIZE } from '../../opportunities/layout';
import { useRegions } from '../../reference';
import type { Survivor } from '../api/types';
import { useProfileSection } from '../hooks/useProfileSection';
import { exclusionsRequest, exclusionValues } from '../profileForm';
import { CheckboxFieldset } from './ChoiceFieldset';
import { ProfileSection } from './ProfileSection';

/**
 * Regions, employers and kinds of work never to be matched (for example where someone who hurt
 * the person works). Matching filters on them before it scores; employers never see them.
 *
 * Employers can only be taken off here: a person has no directory of employers to pick from, so
 * an employer is added by the caseworker.
 */
export function ExclusionsSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const { regions } = useRegions();
  const section = useProfileSection(exclusionValues(survivor), { toRequest: exclusionsRequest });
  const { values, change, errorFor } = section;
  const employersId = useId();

  // A saved region stays visible while the list loads, or if it has since been removed.
  const regionData = [
    ...regions.map((region) => ({ value: region.code, label: region.name })),
    ...values.regionCodes.filter((code) => !regions.some((region) => region.code === code)).map((code) => ({ value: code, label: code })),
  ];
  const removeEmployer = (id: string) => change((current) => ({ ...current, employers: current.employers.filter((employer) => employer.id !== id) }));

  return (
    <ProfileSection heading={t('profile.exclusions.heading')} intro={t('profile.exclusions.intro')} saveLabel={t('profile.exclusions.save')} section={section}>
      <MultiSelect
        size="md"
        styles={TOUCH_INPUT_STYLES}
        label={t('profile.exclusions.regions')}
        description={t('profile.exclusions.regionsHint')}
        searchable
        hidePickedOptions
        data={regionData}
        value={values.regionCodes}
        onChange={(regionCodes) => change((current) => ({ ...current, regionCodes }))}
        nothingFoundMessage={t('employers.common.nothingFound')}
        error={errorFor('exclusions.regionCodes')}
      />
      <CheckboxFieldset
        legend={t('profile.exclusions.sectors')}
        columns={2}
        choices={SECTORS.map((sector) => ({ value: sector, label: t(`reference.sectors.${sector}`) }))}
        value={values.sectors}
        onChange={(sectors) => change((current) => ({ ...current, sectors }))}
        error={errorFor('exclusions.sectors')}
      />
      <Box>
        <Text fw={700} id={employersId}>
          {t('profile.exclusions.employers')}
        </Text>
        {values.employers.length === 0 ? (
          <Text c="dimmed">{t('profile.exclusions.noEmployers')}</Text>
        ) : (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={employersId}>
            {values.employers.map((employer) => {
              const name = employer.name || t('profile.exclusions.unknownEmployer');
              return (
                <Group component="li" key={employer.id} justify="space-between" wrap="nowrap" gap="sm">
                  <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {name}
                  </Text>
                  <Button
                    variant="default"
                    size="sm"
                    mih={TOUCH_SIZE}
                    style={{ flexShrink: 0 }}
                    aria-label={t('profile.common.removeNamed', { name })}
                    onClick={() => removeEmployer(employer.id)}
                  >
                    {t('profile.common.remove')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
        <Text size="sm" c="dimmed" mt={4}>
          {t('profile.exclusions.employersHint')}
        </Text>
        {errorFor('exclusions.employerIds') && (
          <Text size="sm" c="var(--mantine-color-error)">
            {errorFor('exclusions.employerIds')}
          </Text>
        )}
      </Box>
    </ProfileSection>
  );
}
