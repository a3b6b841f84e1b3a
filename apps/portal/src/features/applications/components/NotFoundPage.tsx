import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface NotFoundPageProps {
  backTo: string;
  backLabel: string;
  /** Default: "This application was not found". */
  title?: string;
  body?: string;
}

/** The page's title (usePageTitle) is set by the page that knows it found nothing. */
export function NotFoundPage({ backTo, backLabel, title, body }: NotFoundPageProps) {
  const { t } = useTranslation();
  const heading = title ?? t('applications.notFound.title');
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{heading}</Title>
      <Text>{body ?? t('applications.notFound.body')}</Text>
      <Button component={Link} to={backTo} w="fit-content">
        {backLabel}
      </Button>
    </Stack>
  );
}
