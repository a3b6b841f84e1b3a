import { Anchor, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCheckIns } from '../hooks/useCheckIns';
import { CHECK_IN_PATHS } from '../navigation';

/**
 * On the survivor's home: a quiet link to Messages when questions are waiting. Nothing while
 * loading or when the list cannot be read: the Messages page itself says so.
 */
export function CheckInsWaitingNotice() {
  const { t } = useTranslation();
  const list = useMyCheckIns();
  const waiting = list.data?.items.length ?? 0;
  if (waiting === 0) return null;
  return (
    <Paper withBorder>
      {/* The whole box is the link: an easy tap on a phone. */}
      <Anchor component={Link} to={CHECK_IN_PATHS.survivorCheckIns} fw={700} display="block" p="md">
        {waiting === 1 ? t('checkIns.notice.one') : t('checkIns.notice.many')}
      </Anchor>
    </Paper>
  );
}
