import { Anchor, Badge, Button, Card, Group, Pagination, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { PSEUDONYM_MAX_LENGTH } from '@onward/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { SurvivorListQuery, SurvivorSummary } from '../api/types';
import { useSurvivorList } from '../hooks/useSurvivors';
import { CASELOAD_PATHS } from '../navigation';

export const PEOPLE_PER_PAGE = 20;
/** Long enough to finish a word, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 300;
/** Mantine's `sm` breakpoint: below it the table becomes a list of cards. */
const PHONE_QUERY = '(max-width: 47.99em)';

/** `/caseworker/survivors`: the people the caseworker's organisation serves. */
export function SurvivorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseload.list.title'));
  const me = useCurrentUser();
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const [mine, setMine] = useState(true);
  const [page, setPage] = useState(1);
  // Typed words and the words searched: the search waits until typing pauses. In memory only.
  const [draft, setDraft] = useState('');
  const [searched, setSearched] = useState('');

  useEffect(() => {
    const text = draft.trim();
    if (text === searched) return undefined;
    const timer = setTimeout(() => {
      setSearched(text);
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, searched]);

  const query: SurvivorListQuery = {
    mine: mine ? 'true' : 'false',
    ...(searched && { q: searched }),
    limit: PEOPLE_PER_PAGE,
    offset: (page - 1) * PEOPLE_PER_PAGE,
  };
  const list = useSurvivorList(query);
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PEOPLE_PER_PAGE)) : 1;
  const loading = list.isPending || (list.isFetching && list.isPlaceholderData);

  // The list can shrink while someone reads a later page: go back to the last one.
  useEffect(() => {
    if (data && page > pages) setPage(pages);
  }, [data, page, pages]);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearched(draft.trim());
    setPage(1);
  };

  // Told once the people are shown; the loader and the error speak for themselves.
  const status =
    data && !list.error && data.items.length > 0
      ? t('caseload.list.showing', { from: (page - 1) * PEOPLE_PER_PAGE + 1, to: (page - 1) * PEOPLE_PER_PAGE + data.items.length, total: data.total })
      : '';

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('caseload.list.heading')}</Title>
        <Button component={Link} to={CASELOAD_PATHS.newSurvivor}>
          {t('caseload.list.add')}
        </Button>
      </Group>
      <Text>{t('caseload.list.intro')}</Text>

      <Group align="flex-end" gap="md">
        {/* method="post": should scripts fail, a native submit must never put the words in the URL. */}
        <form role="search" method="post" noValidate onSubmit={onSearch} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <TextInput
            label={t('caseload.list.search')}
            description={t('caseload.list.searchHint')}
            type="search"
            name="q"
            autoComplete="off"
            dir="auto"
            maxLength={PSEUDONYM_MAX_LENGTH}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
        </form>
        <Switch
          size="md"
          label={t('caseload.list.onlyMine')}
          checked={mine}
          onChange={(event) => {
            setMine(event.currentTarget.checked);
            setPage(1);
          }}
          mb={6}
        />
      </Group>

      <Text role="status" size="sm">
        {status}
      </Text>

      {list.isPending ? (
        <PageLoader label={t('caseload.list.loading')} />
      ) : list.error ? (
        <ErrorAlert error={list.error} title={t('caseload.list.failed')} onRetry={() => void list.refetch()} />
      ) : data && data.total === 0 ? (
        <Text>{searched ? t('caseload.list.noMatch', { text: searched }) : mine ? t('caseload.list.noneMine') : t('caseload.list.none')}</Text>
      ) : data ? (
        <Stack gap="md" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
          {isPhone ? (
            <PeopleCards people={data.items} label={t('caseload.list.caption', { organisation: me.organisation.name })} />
          ) : (
            <PeopleTable people={data.items} caption={t('caseload.list.caption', { organisation: me.organisation.name })} />
          )}
          {pages > 1 && (
            <nav aria-label={t('caseload.list.pages')}>
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={setPage}
                getItemProps={(item) => ({ 'aria-label': t('caseload.list.page', { page: item }) })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': t('caseload.list.previous') }
                    : control === 'next'
                      ? { 'aria-label': t('caseload.list.next') }
                      : {}
                }
              />
            </nav>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}

function AccountBadge({ hasAccount }: { hasAccount: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={hasAccount ? 'teal' : 'gray'} tt="none">
      {hasAccount ? t('caseload.list.accountYes') : t('caseload.list.accountNo')}
    </Badge>
  );
}

function PeopleTable({ people, caption }: { people: SurvivorSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover captionSide="top" verticalSpacing="sm">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caseload.list.pseudonym')}</Table.Th>
            <Table.Th scope="col">{t('caseload.list.region')}</Table.Th>
            <Table.Th scope="col">{t('caseload.list.skills')}</Table.Th>
            <Table.Th scope="col">{t('caseload.list.caseworker')}</Table.Th>
            <Table.Th scope="col">{t('caseload.list.account')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={CASELOAD_PATHS.survivor(person.id)}>
                  {person.pseudonym}
                </Anchor>
              </Table.Th>
              <Table.Td>{person.regionName ?? t('caseload.list.noRegion')}</Table.Td>
              <Table.Td>{person.skillCount}</Table.Td>
              <Table.Td>{person.caseworker?.displayName ?? t('caseload.list.noCaseworker')}</Table.Td>
              <Table.Td>
                <AccountBadge hasAccount={person.hasAccount} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone: one card a person, every fact labelled. */
function PeopleCards({ people, label }: { people: SurvivorSummary[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {people.map((person) => (
        <Card key={person.id} component="li" withBorder padding="sm">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to={CASELOAD_PATHS.survivor(person.id)} fw={600} size="lg">
                {person.pseudonym}
              </Anchor>
              <AccountBadge hasAccount={person.hasAccount} />
            </Group>
            <Text size="sm">{t('caseload.list.cardRegion', { region: person.regionName ?? t('caseload.list.noRegion') })}</Text>
            <Text size="sm">{t('caseload.list.skillCount', { number: person.skillCount })}</Text>
            <Text size="sm">{t('caseload.list.cardCaseworker', { name: person.caseworker?.displayName ?? t('caseload.list.noCaseworker') })}</Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
