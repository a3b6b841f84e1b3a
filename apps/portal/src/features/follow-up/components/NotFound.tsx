import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface NotFoundProps {
  title: string;
  body: string;
  backTo: string;
  backLabel: string;
}

/** The API answers "not found" alike for a wrong link and another organisation's person. */
export function NotFound({ title, body, backTo, backLabel }: NotFoundProps) {
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{title}</Title>
      <Text>{body}</Text>
      <Anchor component={Link} to={backTo} w="fit-content">
        {backLabel}
      </Anchor>
    </Stack>
  );
}
