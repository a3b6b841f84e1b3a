import { Stack, Text, Title } from '@mantine/core';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind } from '@onward/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Role } from '../../../api/types';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { AccountStatus } from '../api/types';
import { OrganisationsSection } from './OrganisationsSection';
import { UsersSection, type UserFilters } from './UsersSection';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly AccountStatus[] = ['active', 'disabled'];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => ((values as readonly (string | null)[]).includes(value) ? (value as T) : '');
const pageOf = (value: string | null) => Math.max(1, Number(value) || 1);

/**
 * `/admin/accounts`: organisations, and the accounts of any of them with the actions an admin
 * takes on one (disable, enable, end sessions, supervisor). The filters live in the address,
 * ids and words from fixed lists only, so Back returns to them; the name search does not.
 */
export function AccountsPage() {
  const { t } = useTranslation();
  usePageTitle(t('operations.accounts.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const usersHeadingRef = useRef<HTMLHeadingElement>(null);

  const kind = oneOf<OrganisationKind>(ORGANISATION_KINDS, searchParams.get('kind'));
  const organisationsPage = pageOf(searchParams.get('organisationsPage'));
  const organisationParam = searchParams.get('organisation');
  const users: UserFilters = {
    organisationId: organisationParam && UUID.test(organisationParam) ? organisationParam : '',
    role: oneOf<Role>(ROLES, searchParams.get('role')),
    status: oneOf(STATUSES, searchParams.get('status')),
    page: pageOf(searchParams.get('page')),
  };

  const update = (changes: Partial<{ kind: OrganisationKind | ''; organisationsPage: number } & UserFilters>) => {
    const next = { kind, organisationsPage, ...users, ...changes };
    const params: Record<string, string> = {};
    if (next.kind) params.kind = next.kind;
    if (next.organisationsPage > 1) params.organisationsPage = String(next.organisationsPage);
    if (next.organisationId) params.organisation = next.organisationId;
    if (next.role) params.role = next.role;
    if (next.status) params.status = next.status;
    if (next.page > 1) params.page = String(next.page);
    setSearchParams(params, { replace: true });
  };

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="sm">
        <Title order={1}>{t('operations.accounts.title')}</Title>
        <Text>{t('operations.accounts.intro')}</Text>
      </Stack>
      <OrganisationsSection
        kind={kind}
        page={organisationsPage}
        onKindChange={(next) => update({ kind: next, organisationsPage: 1 })}
        onPageChange={(next) => update({ organisationsPage: next })}
        onShowAccounts={(organisationId) => {
          update({ organisationId, role: '', status: '', page: 1 });
          usersHeadingRef.current?.focus();
        }}
      />
      <UsersSection headingRef={usersHeadingRef} filters={users} onChange={(changes) => update({ page: 1, ...changes })} />
    </Stack>
  );
}
