import { Alert, Anchor, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Sector } from '@onward/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/errors';
import { SurvivorDataRights } from '../../data-rights';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { FOLLOW_UP_PATHS } from '../../follow-up/navigation';
import { formatDate, formatMoney, useRegions, useSkills } from '../../reference';
import { FactList } from '../../shell/components/FactList';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { caseloadKeys } from '../api/caseloadApi';
import type { Survivor } from '../api/types';
import { useLanguageNames } from '../hooks/useLanguageNames';
import { useSurvivor, useUpdateSurvivor } from '../hooks/useSurvivors';
import { CASELOAD_PATHS } from '../navigation';
import { survivorFormToUpdateRequest, survivorToFormValues } from '../survivorForm';
import { InviteSurvivorButton } from './InviteSurvivorButton';
import { SurvivorConsents } from './SurvivorConsents';
import { SurvivorForm } from './SurvivorForm';
import { SurvivorMatches } from './SurvivorMatches';

type Notice = 'created' | 'createdAndInvited' | 'saved' | 'unchanged' | 'invited';

function readNotice(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'created' || notice === 'createdAndInvited' ? notice : null;
}

/** `/caseworker/survivors/:id`: one person's whole profile, their consents and their matches. */
export function SurvivorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const survivor = useSurvivor(id);
  const notFound = survivor.error instanceof ApiError && survivor.error.status === 404;
  // Not the name shown: the heading says whose profile it is, the tab title stays in the browser's history.
  usePageTitle(notFound ? t('caseload.profile.notFoundTitle') : t('caseload.profile.title'));
  if (survivor.isPending) return <PageLoader />;
  if (notFound) return <NotInOrganisation />;
  if (survivor.error) return <PageError error={survivor.error} onRetry={() => void survivor.refetch()} />;
  return <SurvivorProfile key={survivor.data.id} survivor={survivor.data} />;
}

/** The API answers "not found" alike for a wrong link and another organisation's person. */
function NotInOrganisation() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t('caseload.profile.notFoundTitle')}</Title>
      <Text>{t('caseload.profile.notFoundBody')}</Text>
      <Anchor component={Link} to={CASELOAD_PATHS.survivors} w="fit-content">
        {t('caseload.profile.backToList')}
      </Anchor>
    </Stack>
  );
}

function SurvivorProfile({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(readNotice(useLocation().state));
  const [editing, setEditing] = useState(false);
  const update = useUpdateSurvivor(survivor.id);
  const queryClient = useQueryClient();
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const initialValues = survivorToFormValues(survivor);

  // Opening the form takes focus to it; closing it returns focus to the button that opened it.
  useEffect(() => {
    if (editing) editHeadingRef.current?.focus();
    else if (wasEditing.current) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const startEditing = () => {
    update.reset();
    setNotice(null);
    setEditing(true);
  };

  return (
    <Stack gap="xl" maw={860}>
      <Stack gap="sm">
        <Anchor component={Link} to={CASELOAD_PATHS.survivors} size="sm" w="fit-content">
          {t('caseload.profile.backToList')}
        </Anchor>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {survivor.pseudonym}
        </Title>
        <Group gap="sm">
          <Badge variant="light" color={survivor.hasAccount ? 'teal' : 'gray'} tt="none" size="lg">
            {survivor.hasAccount ? t('caseload.list.accountYes') : t('caseload.list.accountNo')}
          </Badge>
          <Text size="sm">
            {survivor.caseworker ? t('caseload.profile.caseworker', { name: survivor.caseworker.displayName }) : t('caseload.profile.noCaseworker')}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('caseload.profile.viewRecorded')}
        </Text>
        <Anchor component={Link} to={FOLLOW_UP_PATHS.timeline(survivor.id)} w="fit-content">
          {t('followUp.timeline.link')}
        </Anchor>
      </Stack>

      {notice && (
        <Alert color={notice === 'unchanged' ? 'blue' : 'teal'} variant="light" role="status">
          {t(`caseload.profile.notice.${notice}`)}
        </Alert>
      )}

      {editing ? (
        <Stack component="section" aria-labelledby="survivor-edit" gap="md">
          <Title order={2} id="survivor-edit" ref={editHeadingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {t('caseload.profile.editHeading')}
          </Title>
          {update.error && <ServerErrorAlert error={update.error} title={t('caseload.profile.saveFailed')} />}
          <SurvivorForm
            initialValues={initialValues}
            withInvitation={false}
            excludedEmployers={survivor.exclusions.employers}
            submitLabel={update.isPending ? t('caseload.profile.saving') : t('caseload.profile.save')}
            pending={update.isPending}
            serverError={update.error}
            secondaryAction={
              <Button variant="default" onClick={() => setEditing(false)} disabled={update.isPending}>
                {t('caseload.profile.cancel')}
              </Button>
            }
            onSubmit={(values) => {
              const request = survivorFormToUpdateRequest(initialValues, values);
              if (Object.keys(request).length === 0) {
                setNotice('unchanged');
                setEditing(false);
                return;
              }
              update.mutate(request, {
                onSuccess: () => {
                  setNotice('saved');
                  setEditing(false);
                },
              });
            }}
          />
        </Stack>
      ) : (
        <>
          {/* An erased record is read-only: nothing to edit, nobody to invite. */}
          {survivor.erasedAt === null && (
            <Group gap="sm">
              <Button ref={editButtonRef} onClick={startEditing}>
                {t('caseload.profile.edit')}
              </Button>
              {!survivor.hasAccount && (
                <InviteSurvivorButton
                  survivorId={survivor.id}
                  pseudonym={survivor.pseudonym}
                  email={survivor.personal.email}
                  onInvited={() => setNotice('invited')}
                />
              )}
            </Group>
          )}
          <SurvivorDetails survivor={survivor} />
        </>
      )}

      <Section size="h2" heading={t('caseload.consents.heading')} intro={t('caseload.consents.intro')}>
        <SurvivorConsents survivorId={survivor.id} />
      </Section>

      <Section size="h2" heading={t('caseload.matches.heading')} intro={t('caseload.matches.intro')}>
        <SurvivorMatches survivorId={survivor.id} />
      </Section>

      <SurvivorDataRights survivor={survivor} onErased={() => void queryClient.invalidateQueries({ queryKey: caseloadKeys.all })} />
    </Stack>
  );
}

function SurvivorDetails({ survivor }: { survivor: Survivor }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { skillLabel } = useSkills();
  const { regionName, regions } = useRegions();
  const { languageName } = useLanguageNames();
  const { personal, availability, preferences, exclusions } = survivor;
  const notRecorded = t('caseload.profile.notRecorded');
  const currency = regions.find((region) => region.code === survivor.regionCode)?.currency;
  const sectors = (codes: readonly Sector[], none: string) => (codes.length ? codes.map((code) => t(`reference.sectors.${code}`)).join(', ') : none);

  return (
    <>
      <Section size="h2" heading={t('caseload.profile.personalHeading')} intro={t('caseload.form.personalHint')}>
        <FactList
          facts={[
            { label: t('caseload.form.legalName'), value: personal.legalName ?? notRecorded },
            { label: t('caseload.form.dateOfBirth'), value: personal.dateOfBirth ? formatDate(personal.dateOfBirth, language) : notRecorded },
            {
              label: t('caseload.form.phone'),
              value: personal.phone ? <Anchor href={`tel:${personal.phone.replace(/[^+0-9]/g, '')}`}>{personal.phone}</Anchor> : notRecorded,
            },
            { label: t('caseload.form.email'), value: personal.email ? <Anchor href={`mailto:${personal.email}`}>{personal.email}</Anchor> : notRecorded },
          ]}
        />
      </Section>

      <Section size="h2" heading={t('caseload.profile.skillsHeading')}>
        {survivor.skills.length === 0 ? (
          <Text>{t('caseload.profile.noSkills')}</Text>
        ) : (
          <Box component="ul" aria-label={t('caseload.form.skills')} m={0} pl="lg">
            {survivor.skills.map((skill) => (
              <li key={skill.code}>
                <Text span fw={600}>
                  {skillLabel(skill.code)}
                </Text>
                {' · '}
                {t('caseload.profile.skillLine', { level: t(`caseload.skillLevels.${skill.level}`), years: skill.years })}
              </li>
            ))}
          </Box>
        )}
        {survivor.languages.length === 0 ? (
          <Text>{t('caseload.profile.noLanguages')}</Text>
        ) : (
          <Box component="ul" aria-label={t('caseload.form.languages')} m={0} pl="lg">
            {survivor.languages.map((spoken) => (
              <li key={spoken.code}>
                <Text span fw={600}>
                  {languageName(spoken.code)}
                </Text>
                {' · '}
                {t(`caseload.languageLevels.${spoken.level}`)}
              </li>
            ))}
          </Box>
        )}
      </Section>

      <Section size="h2" heading={t('caseload.profile.workHeading')}>
        <FactList
          facts={[
            { label: t('caseload.form.region'), value: survivor.regionName ?? t('caseload.form.noRegion') },
            {
              label: t('caseload.form.hoursPerWeek'),
              value: availability.hoursPerWeek === null ? notRecorded : t('reference.hoursPerWeek', { count: availability.hoursPerWeek }),
            },
            {
              label: t('caseload.form.shifts'),
              value: availability.shifts.length ? availability.shifts.map((shift) => t(`caseload.shifts.${shift}`)).join(', ') : t('caseload.profile.anyTime'),
            },
            { label: t('caseload.form.workplace'), value: t(`caseload.workplaces.${preferences.workplace}`) },
            { label: t('caseload.form.preferredSectors'), value: sectors(preferences.sectors, t('caseload.profile.noPreference')) },
            {
              label: t('caseload.form.minimumWage'),
              value:
                preferences.minimumHourlyWageMinor === null
                  ? notRecorded
                  : currency
                    ? formatMoney(preferences.minimumHourlyWageMinor, currency, language)
                    : (preferences.minimumHourlyWageMinor / 100).toFixed(2),
            },
          ]}
        />
      </Section>

      <Section size="h2" heading={t('caseload.form.exclusionsLegend')} intro={t('caseload.form.exclusionsHint')}>
        <FactList
          facts={[
            {
              label: t('caseload.form.excludedRegions'),
              value: exclusions.regionCodes.length ? exclusions.regionCodes.map(regionName).join(', ') : t('caseload.profile.none'),
            },
            {
              label: t('caseload.form.excludedEmployers'),
              value: exclusions.employers.length ? exclusions.employers.map((employer) => employer.name || employer.id).join(', ') : t('caseload.profile.none'),
            },
            { label: t('caseload.form.excludedSectors'), value: sectors(exclusions.sectors, t('caseload.profile.none')) },
          ]}
        />
      </Section>
    </>
  );
}
