import { Button, Fieldset, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { VETTING_CHECKLIST, VETTING_DEFAULT_VALID_DAYS, VETTING_MAX_VALID_DAYS, type VettingChecklistItem } from '@onward/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VettingDecisionRequest } from '../../../api/types';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { isoDateFromToday } from '../format';
import { useVettingDecision } from '../hooks/useVetting';

type Decision = VettingDecisionRequest['decision'];
interface Answer {
  confirmed: boolean | null;
  note: string;
  evidenceReference: string;
}
type Answers = Record<VettingChecklistItem, Answer>;
interface Errors {
  items: Partial<Record<VettingChecklistItem, string>>;
  checklist?: string;
  decision?: string;
  vettedUntil?: string;
  reason?: string;
}

const LIMITS = { note: 2000, evidence: 500, reason: 2000 };

/** The legends name what is asked: as prominent as the labels of the fields inside. */
const LEGEND_STYLES = {
  group: { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 'var(--mantine-spacing-xs)' } },
  item: { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)', paddingInline: 'var(--mantine-spacing-xs)' } },
};

const blankAnswers = (): Answers =>
  Object.fromEntries(VETTING_CHECKLIST.map((item) => [item, { confirmed: null, note: '', evidenceReference: '' }])) as Answers;

interface DecisionFormProps {
  employerId: string;
  employerName: string;
  onDecided: (decision: Decision) => void;
}

/**
 * A vetting decision on a fresh checklist: every item answered, with a note and where the
 * evidence is kept. Vetting needs every item confirmed and an end date; rejecting needs a
 * reason, which the employer will read, and a second "yes".
 */
export function DecisionForm({ employerId, employerName, onDecided }: DecisionFormProps) {
  const { t } = useTranslation();
  const decide = useVettingDecision(employerId);
  const [answers, setAnswers] = useState<Answers>(blankAnswers);
  const [decision, setDecision] = useState<Decision | ''>('');
  const [vettedUntil, setVettedUntil] = useState(() => isoDateFromToday(VETTING_DEFAULT_VALID_DAYS));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({ items: {} });
  const [confirmReject, setConfirmReject] = useState(false);
  const errorIdPrefix = useId();

  const setAnswer = (item: VettingChecklistItem, change: Partial<Answer>) =>
    setAnswers((current) => ({ ...current, [item]: { ...current[item], ...change } }));

  const validate = (): Errors => {
    const next: Errors = { items: {} };
    for (const item of VETTING_CHECKLIST) {
      if (answers[item].confirmed === null) next.items[item] = t('vetting.decision.answerRequired');
    }
    if (!decision) next.decision = t('vetting.decision.decisionRequired');
    if (decision === 'vetted') {
      if (VETTING_CHECKLIST.some((item) => answers[item].confirmed === false)) next.checklist = t('vetting.decision.allMustBeConfirmed');
      if (!vettedUntil) next.vettedUntil = t('validation.required');
      else if (vettedUntil < isoDateFromToday(1) || vettedUntil > isoDateFromToday(VETTING_MAX_VALID_DAYS)) {
        next.vettedUntil = t('vetting.decision.untilOutOfRange', { years: VETTING_MAX_VALID_DAYS / 365 });
      }
    }
    if (decision === 'rejected' && !reason.trim()) next.reason = t('vetting.decision.reasonRequired');
    return next;
  };

  const request = (): VettingDecisionRequest | null => {
    if (!decision) return null;
    const checklist = VETTING_CHECKLIST.map((item) => {
      const answer = answers[item];
      const note = answer.note.trim();
      const evidenceReference = answer.evidenceReference.trim();
      return { item, confirmed: answer.confirmed === true, ...(note ? { note } : {}), ...(evidenceReference ? { evidenceReference } : {}) };
    });
    return decision === 'vetted' ? { decision, checklist, vettedUntil } : { decision, checklist, reason: reason.trim() };
  };

  const send = () => {
    const body = request();
    if (!body) return;
    decide.mutate(body, {
      onSuccess: () => {
        setConfirmReject(false);
        onDecided(body.decision);
      },
      onError: () => setConfirmReject(false),
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = validate();
    setErrors(next);
    const invalid = Object.keys(next.items).length > 0 || next.checklist || next.decision || next.vettedUntil || next.reason;
    if (invalid) return;
    if (decision === 'rejected') setConfirmReject(true);
    else send();
  };

  const checklistError = errors.checklist ?? serverFieldMessage(decide.error, 'checklist');

  return (
    <>
      {decide.error && <ServerErrorAlert error={decide.error} title={t('vetting.decision.failed')} />}
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="lg">
          <Fieldset
            variant="unstyled"
            legend={t('vetting.decision.checklistLegend')}
            styles={LEGEND_STYLES.group}
            aria-describedby={checklistError ? `${errorIdPrefix}-checklist` : undefined}
          >
            <Stack gap="md">
              <Text size="sm">{t('vetting.decision.checklistIntro')}</Text>
              {checklistError && (
                <Text id={`${errorIdPrefix}-checklist`} size="sm" c="var(--mantine-color-error)">
                  {checklistError}
                </Text>
              )}
              {VETTING_CHECKLIST.map((item) => {
                const answer = answers[item];
                const itemError = errors.items[item];
                const itemErrorId = `${errorIdPrefix}-${item}`;
                return (
                  <Fieldset
                    key={item}
                    legend={t(`reference.checklist.${item}`)}
                    styles={LEGEND_STYLES.item}
                    aria-describedby={itemError ? itemErrorId : undefined}
                  >
                    <Stack gap="sm">
                      <Group gap="lg">
                        <Radio
                          size="md"
                          name={`${item}-confirmed`}
                          label={t('vetting.checklist.confirmed')}
                          checked={answer.confirmed === true}
                          onChange={() => setAnswer(item, { confirmed: true })}
                          error={Boolean(itemError)}
                        />
                        <Radio
                          size="md"
                          name={`${item}-confirmed`}
                          label={t('vetting.checklist.notConfirmed')}
                          checked={answer.confirmed === false}
                          onChange={() => setAnswer(item, { confirmed: false })}
                          error={Boolean(itemError)}
                        />
                      </Group>
                      {itemError && (
                        <Text id={itemErrorId} size="sm" c="var(--mantine-color-error)">
                          {itemError}
                        </Text>
                      )}
                      <Textarea
                        size="md"
                        label={t('vetting.decision.note')}
                        description={t('vetting.decision.noteHint')}
                        resize="vertical"
                        rows={2}
                        maxLength={LIMITS.note}
                        value={answer.note}
                        onChange={(event) => setAnswer(item, { note: event.currentTarget.value })}
                      />
                      <TextInput
                        label={t('vetting.decision.evidence')}
                        description={t('vetting.decision.evidenceHint')}
                        maxLength={LIMITS.evidence}
                        autoComplete="off"
                        value={answer.evidenceReference}
                        onChange={(event) => setAnswer(item, { evidenceReference: event.currentTarget.value })}
                      />
                    </Stack>
                  </Fieldset>
                );
              })}
            </Stack>
          </Fieldset>

          <Radio.Group
            label={t('vetting.decision.decision')}
            name="decision"
            required
            value={decision}
            onChange={(value) => setDecision(value as Decision)}
            error={errors.decision}
          >
            <Stack gap="sm" mt="xs">
              <Radio size="md" value="vetted" label={t('vetting.decision.vet')} />
              <Radio size="md" value="rejected" label={t('vetting.decision.reject')} />
            </Stack>
          </Radio.Group>

          {decision === 'vetted' && (
            <TextInput
              type="date"
              label={t('vetting.decision.vettedUntil')}
              description={t('vetting.decision.vettedUntilHint')}
              required
              min={isoDateFromToday(1)}
              max={isoDateFromToday(VETTING_MAX_VALID_DAYS)}
              maw={240}
              value={vettedUntil}
              onChange={(event) => setVettedUntil(event.currentTarget.value)}
              error={errors.vettedUntil ?? serverFieldMessage(decide.error, 'vettedUntil')}
            />
          )}
          {decision === 'rejected' && (
            <Textarea
              size="md"
              label={t('vetting.decision.reason')}
              description={t('vetting.decision.reasonHint')}
              required
              resize="vertical"
              rows={3}
              maxLength={LIMITS.reason}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.reason ?? serverFieldMessage(decide.error, 'reason')}
            />
          )}

          <Button type="submit" w="fit-content" disabled={decide.isPending}>
            {decide.isPending ? t('vetting.decision.recording') : t('vetting.decision.submit')}
          </Button>
        </Stack>
      </form>

      <ConfirmDialog
        opened={confirmReject}
        onClose={() => setConfirmReject(false)}
        onConfirm={send}
        title={t('vetting.decision.confirmRejectTitle')}
        confirmLabel={decide.isPending ? t('vetting.decision.recording') : t('vetting.decision.confirmReject')}
        pending={decide.isPending}
      >
        <Text>{t('vetting.decision.confirmRejectBody', { name: employerName })}</Text>
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {reason.trim()}
        </Text>
      </ConfirmDialog>
    </>
  );
}
