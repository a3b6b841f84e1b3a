import { Alert, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ROLES } from '@onward/shared';
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../shell/components/CardList';
import type { Role } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { PHONE_QUERY } from '../../opportunities/layout';
import { useOrganisations } from '../../organisations/hooks/useOrganisations';
import { formatDateTime } from '../../reference';
import { DataTable } from '../../shell/components/DataTable';
import { FactList } from '../../shell/components/FactList';
import { ListPagination, ListRange } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import type { AccountAction } from '../api/operationsApi';
import type { AccountStatus, UserOverview } from '../api/types';
import { accountReference } from '../format';
import { useAccountAction, useUserOverview } from '../hooks/useOperations';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { AccountStatusBadge } from './Badges';

export const USERS_PER_PAGE = 25;

export interface UserFilters {
  organisationId: string;
  role: Role | '';
  status: AccountStatus | '';
  page: number;
}

const STATUSES: readonly AccountStatus[] = ['active', 'disabled'];
/** Destructive actions ask with a red button. */
const TAKES_AWAY: ReadonlySet<AccountAction> = new Set(['disable', 'revokeSessions', 'revokeSupervisor']);

interface UsersSectionProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  filters: UserFilters;
  onChange: (changes: Partial<UserFilters>) => void;
}

/** The person an account is, as the page may name it: never a survivor's email or name. */
function useAccountName() {
  const { t } = useTranslation();
  return (user: UserOverview) => (user.identityHidden || !user.displayName ? t('operations.accounts.hiddenAccount', { reference: accountReference(user.id) }) : user.displayName);
}

/** Accounts, filtered by organisation, role and status, with what an admin may do to each. */
export function UsersSection({ headingRef, filters, onChange }: UsersSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const organisations = useOrganisations();
  const list = useUserOverview({
    ...(filters.organisationId && { organisationId: filters.organisationId }),
    ...(filters.role && { role: filters.role }),
    ...(filters.status && { status: filters.status }),
    limit: USERS_PER_PAGE,
    offset: (filters.page - 1) * USERS_PER_PAGE,
  });
  const action = useAccountAction();
  const accountName = useAccountName();
  const [chosen, setChosen] = useState<{ user: UserOverview; action: AccountAction } | null>(null);
  const [done, setDone] = useState<{ action: AccountAction; sessions: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const organisationOptions = [
    { value: '', label: t('operations.accounts.anyOrganisation') },
    ...(organisations.data ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name })),
  ];
  if (filters.organisationId && !organisationOptions.some((option) => option.value === filters.organisationId)) {
    organisationOptions.push({ value: filters.organisationId, label: accountReference(filters.organisationId) });
  }
  const filtered = Boolean(filters.organisationId || filters.role || filters.status);

  const ask = (user: UserOverview, next: AccountAction, button: HTMLElement) => {
    opener.current = button;
    setDone(null);
    setChosen({ user, action: next });
  };
  // A row can change under its buttons (Disable becomes Enable): focus goes to what happened.
  const onClosed = () => (done ? noticeRef.current : opener.current?.isConnected ? opener.current : headingRef.current)?.focus();
  const close = () => {
    setChosen(null);
    action.reset();
  };
  const onConfirm = () => {
    if (!chosen || action.isPending) return;
    action.mutateAsync({ id: chosen.user.id, action: chosen.action }).then(
      ({ sessionsEnded }) => {
        setDone({ action: chosen.action, sessions: sessionsEnded });
        setChosen(null);
        action.reset();
      },
      () => undefined, // shown in the dialog from action.error
    );
  };
  const label = t('operations.accounts.usersLabel');

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('operations.accounts.usersHeading')}
      </Title>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('operations.accounts.organisation')}
          value={filters.organisationId}
          miw={240}
          maw="100%"
          onChange={(event) => onChange({ organisationId: event.currentTarget.value })}
          data={organisationOptions}
          description={organisations.isError ? t('operations.accounts.organisationsUnavailable') : undefined}
        />
        <NativeSelect
          label={t('operations.accounts.role')}
          value={filters.role}
          miw={180}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ role: (ROLES as readonly string[]).includes(value) ? (value as Role) : '' });
          }}
          data={[{ value: '', label: t('operations.accounts.anyRole') }, ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))]}
        />
        <NativeSelect
          label={t('operations.accounts.status')}
          value={filters.status}
          miw={180}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ status: (STATUSES as readonly string[]).includes(value) ? (value as AccountStatus) : '' });
          }}
          data={[{ value: '', label: t('operations.accounts.anyStatus') }, ...STATUSES.map((value) => ({ value, label: t(`operations.accounts.statuses.${value}`) }))]}
        />
        {filtered && (
          <Button variant="subtle" onClick={() => onChange({ organisationId: '', role: '', status: '' })}>
            {t('operations.accounts.clearFilters')}
          </Button>
        )}
      </Group>

      {done && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color="teal" variant="light">
          {t(`operations.accounts.done.${done.action}`, { sessions: done.sessions })}
        </Alert>
      )}

      <ListRange list={list} page={filters.page} perPage={USERS_PER_PAGE} />
      <ListResults list={list} loadingLabel={t('operations.accounts.usersLoading')} failed={t('operations.accounts.usersFailed')} empty={t('operations.accounts.noUsers')}>
        {({ items, total }) => (
          <>
            {isPhone ? <UserCards users={items} label={label} onAction={ask} /> : <UserTable users={items} label={label} onAction={ask} />}
            <ListPagination label={t('operations.accounts.userPages')} total={total} perPage={USERS_PER_PAGE} page={filters.page} onChange={(page) => onChange({ page })} />
          </>
        )}
      </ListResults>

      <ConfirmDialog
        opened={chosen !== null}
        onClose={close}
        onConfirm={onConfirm}
        onClosed={onClosed}
        title={chosen ? t(`operations.accounts.confirm.${chosen.action}.title`) : ''}
        confirmLabel={action.isPending ? t('operations.accounts.working') : chosen ? t(`operations.accounts.confirm.${chosen.action}.button`) : ''}
        pending={action.isPending}
        destructive={chosen ? TAKES_AWAY.has(chosen.action) : true}
      >
        <Text>{chosen && t(`operations.accounts.confirm.${chosen.action}.body`, { account: accountName(chosen.user) })}</Text>
        {action.error && <ServerErrorAlert error={action.error} title={t('operations.accounts.actionFailed')} />}
      </ConfirmDialog>
    </Stack>
  );
}

interface UsersProps {
  users: UserOverview[];
  label: string;
  onAction: (user: UserOverview, action: AccountAction, button: HTMLElement) => void;
}

/** The account's name and email, or for a survivor a reference and why there is no more. */
function AccountCell({ user }: { user: UserOverview }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const accountName = useAccountName();
  return (
    <Stack gap={2} component="span">
      <Text span fw={700} dir="auto">
        {accountName(user)} {user.id === me.id && t('operations.accounts.you')}
      </Text>
      <Text span size="sm" dir={user.email ? 'ltr' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {user.email ?? t('operations.accounts.hiddenHint')}
      </Text>
    </Stack>
  );
}

function AccountState({ user }: { user: UserOverview }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <AccountStatusBadge disabled={user.disabledAt !== null} />
      {user.isSupervisor && (
        <Badge variant="light" color="indigo" tt="none" size="lg">
          {t('operations.accounts.supervisor')}
        </Badge>
      )}
    </Group>
  );
}

function useUserFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    lastSignIn: (user: UserOverview) => (user.lastSignInAt ? formatDateTime(user.lastSignInAt, language) : t('operations.accounts.neverSignedIn')),
  };
}

/** The actions that apply to this account, as one named group: "Actions for Casey". */
function AccountActions({ user, onAction }: { user: UserOverview; onAction: UsersProps['onAction'] }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const accountName = useAccountName();
  const actions: AccountAction[] = [];
  // The API refuses to let an admin disable themselves; the button is not offered.
  if (user.disabledAt) actions.push('enable');
  else if (user.id !== me.id) actions.push('disable');
  actions.push('revokeSessions');
  if (user.role === 'caseworker') actions.push(user.isSupervisor ? 'revokeSupervisor' : 'grantSupervisor');
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('operations.accounts.actionsFor', { account: accountName(user) })}>
      {actions.map((next) => (
        <Button key={next} size="sm" variant={TAKES_AWAY.has(next) ? 'outline' : 'default'} color={next === 'disable' ? 'red.9' : undefined} onClick={(event) => onAction(user, next, event.currentTarget)}>
          {t(`operations.accounts.action.${next}`)}
        </Button>
      ))}
    </Group>
  );
}

function UserTable({ users, label, onAction }: UsersProps) {
  const { t } = useTranslation();
  const format = useUserFormat();
  return (
    <DataTable
      label={label}
      minWidth={1000}
      rows={users}
      columns={[
        { header: t('operations.accounts.account'), cell: (user) => <AccountCell user={user} /> },
        { header: t('operations.accounts.role'), cell: (user) => t(`roles.${user.role}`) },
        { header: t('operations.accounts.organisation'), cell: (user) => user.organisation.name, dir: 'auto' },
        { header: t('operations.accounts.status'), cell: (user) => <AccountState user={user} /> },
        { header: t('operations.accounts.lastSignIn'), cell: format.lastSignIn },
        { header: t('operations.accounts.sessions'), cell: (user) => user.activeSessions },
        { header: t('operations.accounts.actions'), cell: (user) => <AccountActions user={user} onAction={onAction} /> },
      ]}
    />
  );
}

/** On a phone: one card an account, every fact labelled. */
function UserCards({ users, label, onAction }: UsersProps) {
  const { t } = useTranslation();
  const format = useUserFormat();
  return (
    <CardList items={users} label={label}>
      {(user) => (
        <>
          <AccountCell user={user} />
          <FactList
            facts={[
              { label: t('operations.accounts.role'), value: t(`roles.${user.role}`) },
              { label: t('operations.accounts.organisation'), value: <span dir="auto">{user.organisation.name}</span> },
              { label: t('operations.accounts.status'), value: <AccountState user={user} /> },
              { label: t('operations.accounts.lastSignIn'), value: format.lastSignIn(user) },
              { label: t('operations.accounts.sessions'), value: user.activeSessions },
            ]}
          />
          <AccountActions user={user} onAction={onAction} />
        </>
      )}
    </CardList>
  );
}
