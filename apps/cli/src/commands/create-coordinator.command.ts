import { AppConfig } from '@ikone/platform';
import { InvitationEntity, InvitationService, ProvisioningService } from '@ikone/membership';
import { CliIo } from '../cli-io';
import { withCliContext } from '../cli.module';
import { migrateDatabase } from './database';

export interface CreateCoordinatorOptions {
  email: string;
  displayName: string;
  password?: string;
}

/**
 * `create-coordinator`: with a password an account that can sign in at once; without, an
 * invitation whose link is printed here and emailed by the notifier. Returns the link, if any.
 */
export async function createCoordinatorCommand(
  config: AppConfig,
  io: CliIo,
  options: CreateCoordinatorOptions,
): Promise<{ userId?: string; invitationLink?: string }> {
  await migrateDatabase(config, io);
  return withCliContext(config, async (app) => {
    const provisioning = app.get(ProvisioningService);
    if (options.password !== undefined) {
      const user = await provisioning.createUser({
        email: options.email,
        displayName: options.displayName,
        password: options.password,
        role: 'COORDINATOR',
        municipalityId: null,
      });
      io.out(`Koordinationskonto angelegt / coordinator account created: ${user.displayName} <${user.email}>`);
      return { userId: user.id };
    }
    const invitation = await provisioning.createCoordinator(options.email, options.displayName);
    if (!(invitation instanceof InvitationEntity)) throw new Error('createCoordinator ohne Passwort lieferte keine Einladung');
    const link = app.get(InvitationService).link(invitation);
    io.out(`Einladung für / invitation for ${options.email} (gültig bis / valid until ${invitation.expiresAt.toISOString()})`);
    io.out(`Link: ${link}`);
    io.out('Der Notifier verschickt die Einladung per E-Mail / the notifier emails the invitation');
    return { invitationLink: link };
  });
}
