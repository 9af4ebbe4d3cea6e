/**
 * The ops CLI: npm run cli -- <command> [options]. Works on DATA_DIR beside a running api (the
 * log and the credential store are SQLite files that take several processes).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readSettings, SettingsError, type Settings } from '@hdnd/config';
import { DomainRuleViolation } from '@hdnd/domain';
import { openCliContext } from './cli-context';
import { passwordFrom, UsageError } from './users/password-input';
import { rebuildThroughApi } from './projections/rebuild-command';
import { verifyLogCommand } from './audit/verify-command';
import { exportLogCommand } from './audit/export-command';
import { restoreLogCommand } from './audit/restore-command';
import { replayVerifyCommand } from './audit/replay-command';
import { createUser, listUsers, resetPassword } from './users/user-commands';

const USAGE = `usage: npm run cli -- <command> [options]     (DATA_DIR picks the data directory, default ./data)

  users:create --username <name> --role <admin|secretariat|member|agency|auditor>
               [--display-name <text>] [--agency <agencyId>] [--delegation <id> ...] [--password-stdin]
  users:list
  users:reset-password --username <name> [--password-stdin]
  export --out <file>
               the whole log as JSON lines (header with public keys, then every event), streamed
  restore <file> [--public-key <pem>]
               verifies an export and loads it into an empty store (DATA_DIR, or EVENTSTORE_URL)
  replay --verify
               rebuilds every read model from position 0 in a scratch database and diffs it with the live one
  verify [--checkpoints <file>] [--public-key <pem>]
               checks every chain and signed checkpoint of the log in DATA_DIR; exit 1 names the first break
  projections:rebuild [--url <api, default http://127.0.0.1:$PORT>] [--username <admin>] --password-stdin
               asks the running api to rebuild its read models and follows the job with a progress bar

Without --password-stdin a random password is made and printed once (users:*).`;

const OPTIONS = {
  username: { type: 'string' },
  role: { type: 'string' },
  'display-name': { type: 'string' },
  agency: { type: 'string' },
  delegation: { type: 'string', multiple: true },
  'password-stdin': { type: 'boolean' },
  url: { type: 'string' },
  out: { type: 'string' },
  verify: { type: 'boolean' },
  checkpoints: { type: 'string' },
  'public-key': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const run = async (
  argv: string[],
  print = (line: string) => console.log(line),
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    print(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || command === undefined) {
    print(USAGE);
    return values.help ? 0 : 2;
  }
  let settings: Settings;
  try {
    // Read when the command runs, as the api reads it at start: the same variables, the same checks.
    settings = readSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    print(error.message);
    return 2;
  }
  const config = { ...settings.store, ...settings.audit };
  if (command === 'projections:rebuild') {
    // Talks to the running api: the rebuild happens in the process that keeps the read models.
    if (!values['password-stdin']) {
      print(`projections:rebuild reads the admin's password with --password-stdin.\n\n${USAGE}`);
      return 2;
    }
    let password: string;
    try {
      ({ password } = await passwordFrom(true, stdin));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      print(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    return rebuildThroughApi(
      {
        url: values.url ?? `http://127.0.0.1:${settings.http.port}`,
        username: values.username ?? 'admin',
        password,
      },
      print,
    );
  }
  if (command === 'restore') {
    // Opens the target store itself: with the file's own recorded-at times, not the clock's.
    const file = positionals[1];
    if (file === undefined) {
      print(`restore needs the export file.\n\n${USAGE}`);
      return 2;
    }
    return restoreLogCommand(
      config,
      {
        file,
        ...(values['public-key'] !== undefined && { publicKey: values['public-key'] }),
      },
      print,
    );
  }
  const app = await openCliContext(config);
  try {
    switch (command) {
      case 'users:create':
        await createUser(
          app,
          {
            username: values.username,
            role: values.role,
            displayName: values['display-name'],
            agency: values.agency,
            delegation: values.delegation,
            passwordStdin: values['password-stdin'],
          },
          print,
          stdin,
        );
        return 0;
      case 'export':
        if (values.out === undefined) throw new UsageError('export needs --out <file>.');
        return await exportLogCommand(app, { out: values.out }, print);
      case 'replay':
        if (!values.verify)
          throw new UsageError('replay compares with the live read models: give --verify.');
        return await replayVerifyCommand(app, { dataDir: config.dataDir }, print);
      case 'verify':
        return await verifyLogCommand(
          app,
          {
            ...(values.checkpoints !== undefined && { checkpoints: values.checkpoints }),
            ...(values['public-key'] !== undefined && { publicKey: values['public-key'] }),
          },
          print,
        );
      case 'users:list':
        await listUsers(app, print);
        return 0;
      case 'users:reset-password':
        await resetPassword(
          app,
          { username: values.username, passwordStdin: values['password-stdin'] },
          print,
          stdin,
        );
        return 0;
      default:
        throw new UsageError(`Unknown command ${command}.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      print(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof DomainRuleViolation) {
      print(`refused (${error.code}): ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
};

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
