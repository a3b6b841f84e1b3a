import { Button, Group, Modal, rem, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { TOUCH_SIZE } from '../../opportunities/layout';
import { useQuickExit } from '../../safety';
import { useAlarm } from '../hooks/useCheckIns';

/**
 * "I don't feel safe", in the header of every signed-in page for survivors. One tap sends it:
 * someone in danger must not be asked "are you sure?". It looks like any other button, so it
 * does not draw a watcher's eye; on a phone the label wraps onto short lines in small type rather
 * than change its words, so what is read out is what is shown, and Quick exit keeps its place.
 */
export function AlarmButton() {
  const { t } = useTranslation();
  const alarm = useAlarm();
  const exit = useQuickExit();
  // What the last tap came to; the dialog is open while there is one to tell.
  const [outcome, setOutcome] = useState<{ sent: true } | { sent: false; error: unknown } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const send = () => {
    alarm.mutate(undefined, {
      onSuccess: () => setOutcome({ sent: true }),
      onError: (error) => setOutcome({ sent: false, error }),
    });
  };

  const close = () => setOutcome(null);

  // A retry from the dialog that gets through: the new words take focus, so they are read out.
  useEffect(() => {
    if (outcome?.sent) messageRef.current?.focus();
  }, [outcome]);

  const sent = outcome?.sent ?? false;
  const offline = outcome !== null && !outcome.sent && outcome.error instanceof ApiError && outcome.error.code === 'network_error';

  return (
    <>
      <Button
        ref={buttonRef}
        variant="default"
        size="sm"
        onClick={send}
        loading={alarm.isPending}
        maw={{ base: rem(80), sm: 'none' }}
        fz={{ base: 'xs', sm: 'sm' }}
        styles={{
          root: { height: 'auto', minHeight: TOUCH_SIZE, paddingInline: rem(8), paddingBlock: rem(4) },
          label: { whiteSpace: 'normal', height: 'auto', overflow: 'visible', lineHeight: 1.15, textAlign: 'center' },
        }}
      >
        {t('checkIns.alarm.button')}
      </Button>
      <Modal
        opened={outcome !== null}
        onClose={close}
        title={sent ? t('checkIns.alarm.sentTitle') : t('checkIns.alarm.failedTitle')}
        centered
        withCloseButton={false}
        // The button is disabled while sending, so it has lost focus by the time the dialog opens:
        // Mantine's own return would find nothing to go back to. Focus goes back to it by hand.
        returnFocus={false}
        onExitTransitionEnd={() => buttonRef.current?.focus()}
      >
        <Stack gap="md">
          <Stack ref={messageRef} gap="xs" tabIndex={-1} data-autofocus style={{ outline: 'none' }}>
            {sent ? (
              <>
                <Text>{t('checkIns.alarm.sentBody')}</Text>
                <Text>{t('checkIns.alarm.sentNext', { quickExit: t('safety.quickExit') })}</Text>
              </>
            ) : (
              <>
                <Text>{offline ? t('checkIns.alarm.failedBody') : t('errors.generic')}</Text>
                <Text>{t('checkIns.alarm.failedDanger')}</Text>
              </>
            )}
          </Stack>
          <Group gap="sm">
            {sent ? (
              <Button mih={TOUCH_SIZE} onClick={close}>
                {t('checkIns.alarm.continue')}
              </Button>
            ) : (
              <>
                <Button mih={TOUCH_SIZE} onClick={send} loading={alarm.isPending}>
                  {t('checkIns.alarm.retry')}
                </Button>
                <Button mih={TOUCH_SIZE} variant="default" onClick={close} disabled={alarm.isPending}>
                  {t('checkIns.alarm.close')}
                </Button>
              </>
            )}
            {/* The header's Quick exit sits behind the dialog: leaving must stay one tap away. */}
            <Button mih={TOUCH_SIZE} color="red.9" onClick={exit}>
              {t('safety.quickExit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
