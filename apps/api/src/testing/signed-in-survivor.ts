import { INestApplication } from '@nestjs/common';
import { User } from '../modules/identity/user.entity';
import { Factories, TEST_PASSWORD } from './factories';
import { HttpClient, status } from './http-client';

export interface SignedInSurvivor {
  client: HttpClient;
  user: User;
  survivorId: string;
  caseworker: User;
}

/** A signed-in survivor of a service provider of their own, with a caseworker: nothing else shares their organisation. */
export async function signedInSurvivor(app: INestApplication): Promise<SignedInSurvivor> {
  const factories = new Factories(app);
  const provider = (await factories.organisation({ kind: 'service_provider' })).id;
  const caseworker = await factories.user({ role: 'caseworker', organisationId: provider });
  const user = await factories.user({ role: 'survivor', organisationId: provider });
  const profile = await factories.survivor({ organisationId: provider, caseworkerId: caseworker.id, userId: user.id });
  const client = new HttpClient(app);
  await client.login(user.email, TEST_PASSWORD).then(status(200));
  return { client, user, survivorId: profile.id, caseworker };
}
