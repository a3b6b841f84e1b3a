import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULES = join(__dirname, '../../modules');

/**
 * Controllers route, authorise by role (@Roles, @Public) and make one service call: who may see
 * or change a record is decided in SurvivorAccess, OrganisationAccess and the services that ask
 * them. A controller that looks at the caller's role or organisation itself is re-implementing
 * the policy somewhere it will be missed.
 */
describe('The access layer', () => {
  const controllers = readdirSync(MODULES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.controller.ts'))
    .map((file) => ({ file, source: readFileSync(join(MODULES, file), 'utf8') }));

  it('finds the controllers', () => {
    expect(controllers.length).toBeGreaterThan(20);
  });

  it.each(['actor.role', 'actor.organisationId', 'isStaffRole', 'isCaseworkerOf'])('has no controller deciding access from %s', (needle) => {
    expect(controllers.filter(({ source }) => source.includes(needle)).map(({ file }) => file)).toEqual([]);
  });
});
