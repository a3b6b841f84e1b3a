import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../shell/components/CardList';
import { PHONE_QUERY } from '../../opportunities/layout';
import { DataTable } from '../../shell/components/DataTable';
import { FactList } from '../../shell/components/FactList';
import { ListPagination, ListRange } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { Section } from '../../shell/components/Section';
import { VettingStatusBadge } from '../../vetting/components/VettingStatusBadge';
import type { OrganisationOverview } from '../api/types';
import { useOrganisationOverview } from '../hooks/useOperations';

export const ORGANISATIONS_PER_PAGE = 20;
const NAME_MAX = 100;

interface OrganisationsSectionProps {
  kind: OrganisationKind | '';
  page: number;
  onKindChange: (kind: OrganisationKind | '') => void;
  onPageChange: (page: number) => void;
  onShowAccounts: (organisationId: string) => void;
}

/** Every organisation, by name: its kind, its vetting (employers) and its accounts counted by role. */
export function OrganisationsSection({ kind, page, onKindChange, onPageChange, onShowAccounts }: OrganisationsSectionProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const [draft, setDraft] = useState('');
  const [name, setName] = useState('');
  const list = useOrganisationOverview({
    ...(kind && { kind }),
    ...(name && { q: name }),
    limit: ORGANISATIONS_PER_PAGE,
    offset: (page - 1) * ORGANISATIONS_PER_PAGE,
  });
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setName(draft.trim());
    onPageChange(1);
  };
  const label = t('operations.accounts.organisationsLabel');

  return (
    <Section heading={t('operations.accounts.organisationsHeading')}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('operations.accounts.kind')}
          value={kind}
          miw={200}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onKindChange((ORGANISATION_KINDS as readonly string[]).includes(value) ? (value as OrganisationKind) : '');
          }}
          data={[{ value: '', label: t('operations.accounts.anyKind') }, ...ORGANISATION_KINDS.map((value) => ({ value, label: t(`organisationKinds.${value}`) }))]}
        />
        <form role="search" onSubmit={onSearch} aria-label={t('operations.accounts.organisationsHeading')}>
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput label={t('operations.accounts.search')} value={draft} maxLength={NAME_MAX} onChange={(event) => setDraft(event.currentTarget.value)} dir="auto" />
            <Button type="submit" variant="default">
              {t('operations.accounts.searchButton')}
            </Button>
          </Group>
        </form>
      </Group>

      <ListRange list={list} page={page} perPage={ORGANISATIONS_PER_PAGE} />
      <ListResults list={list} loadingLabel={t('operations.accounts.organisationsLoading')} failed={t('operations.accounts.organisationsFailed')} empty={t('operations.accounts.noOrganisations')}>
        {({ items, total }) => (
          <>
            {isPhone ? (
              <OrganisationCards organisations={items} label={label} onShowAccounts={onShowAccounts} />
            ) : (
              <OrganisationTable organisations={items} label={label} onShowAccounts={onShowAccounts} />
            )}
            <ListPagination label={t('operations.accounts.organisationPages')} total={total} perPage={ORGANISATIONS_PER_PAGE} page={page} onChange={onPageChange} />
          </>
        )}
      </ListResults>
    </Section>
  );
}

interface OrganisationsProps {
  organisations: OrganisationOverview[];
  label: string;
  onShowAccounts: (organisationId: string) => void;
}

function Vetting({ organisation }: { organisation: OrganisationOverview }) {
  const { t } = useTranslation();
  if (!organisation.vetting) return <>{t('operations.accounts.notEmployer')}</>;
  const { status, vettedUntil } = organisation.vetting;
  return <VettingStatusBadge status={status} expired={status === 'vetted' && vettedUntil !== null && Date.parse(vettedUntil) < Date.now()} />;
}

/** "Survivor: 3 · Caseworker: 2", roles with no account left out. */
function AccountCounts({ organisation }: { organisation: OrganisationOverview }) {
  const { t } = useTranslation();
  const counts = ROLES.filter((role) => organisation.users[role] > 0).map((role) => t('operations.accounts.roleCount', { role: t(`roles.${role}`), number: organisation.users[role] }));
  return <>{counts.length ? counts.join(' · ') : t('operations.accounts.noAccounts')}</>;
}

function ShowAccountsButton({ organisation, onShowAccounts }: { organisation: OrganisationOverview; onShowAccounts: (organisationId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Button size="sm" variant="outline" onClick={() => onShowAccounts(organisation.id)} aria-label={t('operations.accounts.showAccountsOf', { name: organisation.name })}>
      {t('operations.accounts.showAccounts')}
    </Button>
  );
}

function OrganisationTable({ organisations, label, onShowAccounts }: OrganisationsProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={label}
      minWidth={880}
      rows={organisations}
      columns={[
        { header: t('operations.accounts.name'), cell: (organisation) => organisation.name, dir: 'auto' },
        { header: t('operations.accounts.kind'), cell: (organisation) => t(`organisationKinds.${organisation.kind}`) },
        { header: t('operations.accounts.vetting'), cell: (organisation) => <Vetting organisation={organisation} /> },
        { header: t('operations.accounts.accounts'), cell: (organisation) => <AccountCounts organisation={organisation} /> },
        { header: t('operations.accounts.disabledCount'), cell: (organisation) => organisation.users.disabled },
        { header: t('operations.accounts.actions'), cell: (organisation) => <ShowAccountsButton organisation={organisation} onShowAccounts={onShowAccounts} /> },
      ]}
    />
  );
}

/** On a phone: one card an organisation, every fact labelled. */
function OrganisationCards({ organisations, label, onShowAccounts }: OrganisationsProps) {
  const { t } = useTranslation();
  return (
    <CardList items={organisations} label={label}>
      {(organisation) => (
        <>
          <Text fw={700} dir="auto">
            {organisation.name}
          </Text>
          <FactList
            facts={[
              { label: t('operations.accounts.kind'), value: t(`organisationKinds.${organisation.kind}`) },
              { label: t('operations.accounts.vetting'), value: <Vetting organisation={organisation} /> },
              { label: t('operations.accounts.accounts'), value: <AccountCounts organisation={organisation} /> },
              { label: t('operations.accounts.disabledCount'), value: organisation.users.disabled },
            ]}
          />
          <ShowAccountsButton organisation={organisation} onShowAccounts={onShowAccounts} />
        </>
      )}
    </CardList>
  );
}
