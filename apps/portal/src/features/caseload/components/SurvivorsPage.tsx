import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { PHONE_QUERY } from '../../opportunities/layout';
import { DataTable } from '../../shell/components/DataTable';
import { ListPagination, ListRange } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { SurvivorListQuery, SurvivorSummary } from '../api/types';
import { useSurvivorList } from '../hooks/useSurvivors';
import { useSurvivorSearch } from '../hooks/useSurvivorSearch';
import { CASELOAD_PATHS } from '../navigation';
import { SurvivorSearchField } from './PersonPicker';

export const PEOPLE_PER_PAGE = 20;

/** `/caseworker/survivors`: the people the caseworker's organisation serves. */
export function SurvivorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseload.list.title'));
  const me = useCurrentUser();
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const [mine, setMine] = useState(true);
  const [page, setPage] = useState(1);
  const search = useSurvivorSearch();
  const { searched } = search;

  // New words searched start again at their first page (set while rendering, not after, in an effect).
  const [pageSearched, setPageSearched] = useState(searched);
  if (pageSearched !== searched) {
    setPageSearched(searched);
    setPage(1);
  }

  const query: SurvivorListQuery = {
    mine: mine ? 'true' : 'false',
    ...(searched && { q: searched }),
    limit: PEOPLE_PER_PAGE,
    offset: (page - 1) * PEOPLE_PER_PAGE,
  };
  const list = useSurvivorList(query);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.searchNow();
  };

  const caption = t('caseload.list.caption', { organisation: me.organisation.name });

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
          <SurvivorSearchField label={t('caseload.list.search')} description={t('caseload.list.searchHint')} search={search} />
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

      <ListRange list={list} page={page} perPage={PEOPLE_PER_PAGE} />

      <ListResults
        list={list}
        loadingLabel={t('caseload.list.loading')}
        failed={t('caseload.list.failed')}
        empty={searched ? t('caseload.list.noMatch', { text: searched }) : mine ? t('caseload.list.noneMine') : t('caseload.list.none')}
      >
        {({ items, total }) => (
          <>
            {isPhone ? <PeopleCards people={items} label={caption} /> : <PeopleTable people={items} caption={caption} />}
            <ListPagination label={t('caseload.list.pages')} total={total} perPage={PEOPLE_PER_PAGE} page={page} onChange={setPage} />
          </>
        )}
      </ListResults>
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
    <DataTable
      caption={caption}
      minWidth={560}
      rows={people}
      columns={[
        {
          header: t('caseload.list.pseudonym'),
          cell: (person) => (
            <Anchor component={Link} to={CASELOAD_PATHS.survivor(person.id)}>
              {person.pseudonym}
            </Anchor>
          ),
        },
        { header: t('caseload.list.region'), cell: (person) => person.regionName ?? t('caseload.list.noRegion') },
        { header: t('caseload.list.skills'), cell: (person) => person.skillCount },
        { header: t('caseload.list.caseworker'), cell: (person) => person.caseworker?.displayName ?? t('caseload.list.noCaseworker') },
        { header: t('caseload.list.account'), cell: (person) => <AccountBadge hasAccount={person.hasAccount} /> },
      ]}
    />
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
