import { Alert, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { ConcernStatus } from '@onward/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Concern } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useConcerns } from '../hooks/useConcerns';
import { VETTING_PATHS, isStaffRole } from '../paths';
import { ConcernCard } from './ConcernCard';
import { ReviewConcernDialog } from './ReviewConcernDialog';

const FILTERS = {
  open: ['open'],
  reviewed: ['upheld', 'dismissed'],
  all: ['open', 'upheld', 'dismissed'],
} as const satisfies Record<string, readonly ConcernStatus[]>;
type Filter = keyof typeof FILTERS;

function isFilter(value: string | null): value is Filter {
  return value !== null && value in FILTERS;
}

/** `/caseworker/concerns`, `/admin/concerns`: concerns reported about employers, open first. */
export function ConcernsPage() {
  const { t } = useTranslation();
  usePageTitle(t('vetting.concerns.title'));
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const shown = searchParams.get('show');
  const filter: Filter = isFilter(shown) ? shown : 'open';
  const concerns = useConcerns(FILTERS[filter]);
  const [reviewing, setReviewing] = useState<Concern | null>(null);
  const [reviewed, setReviewed] = useState<'upheld' | 'dismissed' | null>(null);
  const role = isStaffRole(me.role) ? me.role : null;

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('vetting.concerns.heading')}</Title>
      <Text>{t('vetting.concerns.intro')}</Text>
      {reviewed && (
        <Alert color="teal" variant="light" role="status">
          {t(`vetting.concerns.recorded.${reviewed}`)}
        </Alert>
      )}
      <NativeSelect
        label={t('vetting.concerns.filter')}
        value={filter}
        maw={320}
        onChange={(event) => setSearchParams(event.currentTarget.value === 'open' ? {} : { show: event.currentTarget.value }, { replace: true })}
        data={(Object.keys(FILTERS) as Filter[]).map((value) => ({ value, label: t(`vetting.concerns.filters.${value}`) }))}
      />
      {concerns.isPending ? (
        <PageLoader />
      ) : concerns.error ? (
        <PageError error={concerns.error} onRetry={() => void concerns.refetch()} />
      ) : concerns.data.length === 0 ? (
        <Text>{t('vetting.concerns.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label={t('vetting.concerns.heading')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {concerns.data.map((concern) => (
            <ConcernCard
              key={concern.id}
              concern={concern}
              employerPath={role ? VETTING_PATHS.employer(role, concern.employerId) : undefined}
              onReview={(next) => {
                setReviewed(null);
                setReviewing(next);
              }}
            />
          ))}
        </Stack>
      )}
      {reviewing && (
        <ReviewConcernDialog
          key={reviewing.id}
          concern={reviewing}
          onClose={() => setReviewing(null)}
          onReviewed={(outcome) => {
            setReviewing(null);
            setReviewed(outcome);
          }}
        />
      )}
    </Stack>
  );
}
