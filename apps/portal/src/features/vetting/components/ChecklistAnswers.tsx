import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../api/types';

type Answers = NonNullable<EmployerDetail['checklist']>;

/** A recorded checklist, item by item, with the reviewer's notes and evidence references. */
export function ChecklistAnswers({ answers, label }: { answers: Answers; label: string }) {
  const { t } = useTranslation();
  return (
    <List spacing="xs" aria-label={label} style={{ overflowWrap: 'anywhere' }}>
      {answers.map((answer) => (
        <List.Item key={answer.item}>
          <Text span fw={600}>
            {t(`reference.checklist.${answer.item}`)}
          </Text>
          {' · '}
          {answer.confirmed ? t('vetting.checklist.confirmed') : t('vetting.checklist.notConfirmed')}
          {answer.note && <Text size="sm">{t('vetting.checklist.noteValue', { note: answer.note })}</Text>}
          {answer.evidenceReference && (
            <Text size="sm">{t('vetting.checklist.evidenceValue', { reference: answer.evidenceReference })}</Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
