import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TOUCH_SIZE } from '../../opportunities/layout';
import { OPPORTUNITY_PATHS } from '../../opportunities/navigation';
import { Section } from '../../shell/components/Section';
import type { Match, Matches } from '../api/types';
import { useMatches } from '../hooks/useMatches';
import { PROFILE_PATHS } from '../navigation';
import { MatchCard } from './MatchCard';
import { OwnPage, PAGE_WIDTH } from './OwnPage';

/** `/survivor/matches`: the best jobs, then the best grants, each with why it fits. */
export function MatchesPage() {
  const { t } = useTranslation();
  const matches = useMatches();
  return (
    <OwnPage title={t('profile.matches.title')} query={matches}>
      {(data) => <MatchesView matches={data} />}
    </OwnPage>
  );
}

const linkStyle = { alignItems: 'center' } as const;

function MatchesView({ matches }: { matches: Matches }) {
  const { t } = useTranslation();
  const nothing = matches.jobs.length === 0 && matches.grants.length === 0;
  return (
    <Stack gap="lg" maw={PAGE_WIDTH}>
      <Stack gap="xs">
        <Title order={1}>{t('profile.matches.title')}</Title>
        <Text>{t('profile.matches.intro')}</Text>
      </Stack>

      {!matches.profileComplete && (
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Text>{t('profile.matches.incomplete')}</Text>
            <Anchor component={Link} to={PROFILE_PATHS.profile} fw={700} mih={TOUCH_SIZE} display="inline-flex" w="fit-content" style={linkStyle}>
              {t('profile.matches.incompleteLink')}
            </Anchor>
          </Stack>
        </Paper>
      )}

      {nothing ? (
        <Stack gap="xs">
          <Title order={2}>{t('profile.matches.emptyHeading')}</Title>
          <Text>{t('profile.matches.emptyBody')}</Text>
          <Anchor component={Link} to={OPPORTUNITY_PATHS.search} fw={700} mih={TOUCH_SIZE} display="inline-flex" w="fit-content" style={linkStyle}>
            {t('profile.matches.emptyLink')}
          </Anchor>
        </Stack>
      ) : (
        <>
          <MatchList heading={t('profile.matches.jobs')} listLabel={t('profile.matches.jobsList')} empty={t('profile.matches.noJobs')} matches={matches.jobs} />
          <MatchList heading={t('profile.matches.grants')} listLabel={t('profile.matches.grantsList')} empty={t('profile.matches.noGrants')} matches={matches.grants} />
        </>
      )}
    </Stack>
  );
}

interface MatchListProps {
  heading: string;
  listLabel: string;
  empty: string;
  matches: Match[];
}

function MatchList({ heading, listLabel, empty, matches }: MatchListProps) {
  return (
    <Section heading={heading} size="h2">
      {matches.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={listLabel}>
          {matches.map((match) => (
            <li key={match.id}>
              <MatchCard match={match} />
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
