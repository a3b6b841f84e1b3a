import { Box, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailSection, FactList } from '../../opportunities/components/DetailParts';
import type { Disbursement, GrantApplication, Milestone } from '../api/types';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { MilestoneStatusBadge, type Audience } from './GrantApplicationStatusBadge';

interface AwardProgressProps {
  application: GrantApplication;
  audience: Audience;
  /** What a caseworker can do about one milestone (mark it, record a payment). */
  actions?: (milestone: Milestone) => ReactNode;
}

/** An award: how much, what has been paid, and each milestone with its due date, tranche and payments. */
export function AwardProgress({ application, audience, actions }: AwardProgressProps) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const money = (minor: number) => format.money(minor, application.currency);
  const mine = audience === 'survivor';
  const paymentsFor = (milestone: Milestone) => application.disbursements.filter((payment) => payment.milestoneId === milestone.id);

  return (
    <>
      <FactList
        heading={mine ? t('grantApplications.mine.award.heading') : t('grantApplications.award.totalsHeading')}
        facts={[
          { label: mine ? t('grantApplications.mine.award.awarded') : t('grantApplications.award.awarded'), value: money(application.totals.awardedMinor) },
          { label: t('grantApplications.award.paid'), value: money(application.totals.disbursedMinor) },
          { label: t('grantApplications.award.remaining'), value: money(application.totals.remainingMinor) },
        ]}
      />
      <DetailSection heading={mine ? t('grantApplications.mine.award.milestonesHeading') : t('grantApplications.award.milestonesHeading')}>
        {mine && <Text>{t('grantApplications.mine.award.milestonesIntro')}</Text>}
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {application.milestones.map((milestone) => (
            <Card key={milestone.id} component="li" withBorder padding="md">
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Title order={3} size="h4" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {t('grantApplications.award.milestoneTitle', { number: milestone.position, title: milestone.title })}
                  </Title>
                  <MilestoneStatusBadge status={milestone.status} audience={audience} />
                </Group>
                <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
                  <Fact label={t('grantApplications.award.dueDate')} value={format.date(milestone.dueDate)} />
                  <Fact label={mine ? t('grantApplications.mine.award.tranche') : t('grantApplications.award.tranche')} value={money(milestone.trancheMinor)} />
                  <Fact
                    label={t('grantApplications.award.paid')}
                    value={t('grantApplications.award.paidOf', { paid: money(milestone.disbursedMinor), tranche: money(milestone.trancheMinor) })}
                  />
                </SimpleGrid>
                {milestone.statusNote && (
                  <Text size="sm">
                    {t('grantApplications.award.statusNote')}{' '}
                    <Box component="span" dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                      {milestone.statusNote}
                    </Box>
                  </Text>
                )}
                <Payments milestone={milestone} payments={paymentsFor(milestone)} money={money} date={format.date} />
                {actions?.(milestone)}
              </Stack>
            </Card>
          ))}
        </Stack>
      </DetailSection>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={700}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

interface PaymentsProps {
  milestone: Milestone;
  payments: Disbursement[];
  money: (minor: number) => string;
  date: (date: string) => string;
}

function Payments({ milestone, payments, money, date }: PaymentsProps) {
  const { t } = useTranslation();
  if (payments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('grantApplications.award.noPayments')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table aria-label={t('grantApplications.award.paymentsFor', { title: milestone.title })} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('grantApplications.award.paidOn')}</Table.Th>
            <Table.Th scope="col">{t('grantApplications.award.paymentAmount')}</Table.Th>
            <Table.Th scope="col">{t('grantApplications.award.reference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>{date(payment.paidOn)}</Table.Td>
              <Table.Td>{money(payment.amountMinor)}</Table.Td>
              <Table.Td dir="auto" style={{ overflowWrap: 'anywhere' }}>
                {payment.reference ?? t('grantApplications.award.noReference')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
