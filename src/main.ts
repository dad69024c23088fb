#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';
import { processIO } from './cli/CliIO.js';
import { errorMessage } from './core/errors.js';

// Each command loads what it needs when it runs (`await import(…)` in its action), never up
// front: `guildhall --help` and `validate` then start in a fraction of the time `start` takes
// to load discord.js, Fastify, the database drivers and every module (docs/benchmarks.md).

// A library bug (e.g. in a gateway event handler) must not take the whole community down.
process.on('unhandledRejection', (reason) => {
  processIO.err(`guildhall: unhandled rejection (kept running): ${errorMessage(reason)}`);
});

const DEFAULT_CONFIG = process.env.GUILDHALL_CONFIG ?? 'community.yaml';

// `guildhall … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The version in package.json (beside dist/ when built, beside src/ under tsx). */
function packageVersion(): string {
  for (const path of ['../../package.json', '../package.json']) {
    try {
      const parsed = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (parsed.name === 'guildhall' && typeof parsed.version === 'string') return parsed.version;
    } catch {
      // Not there: try the next place.
    }
  }
  return 'unknown';
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0–65535)');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

const program = new Command()
  .name('guildhall')
  .description('Self-hosted community engagement platform for Discord')
  .version(packageVersion(), '-V, --version', 'print the version')
  .showHelpAfterError();

program
  .command('start')
  .description('run the bot (or the sandbox without DISCORD_TOKEN), engine, scheduler and dashboard')
  .option('-c, --config <file>', 'community.yaml to use', DEFAULT_CONFIG)
  .option('-p, --port <port>', 'HTTP port (env PORT)', port, Number(process.env.PORT ?? 3000))
  .option('--host <host>', 'HTTP host to bind (env HOST)', process.env.HOST ?? '127.0.0.1')
  .option(
    '--role <role>',
    'what this process runs: all, or on PostgreSQL gateway | worker | api (env GUILDHALL_ROLE)',
    process.env.GUILDHALL_ROLE ?? 'all',
  )
  .action(async (opts: { config: string; port: number; host: string; role: string }, command: Command) => {
    // A --config (or GUILDHALL_CONFIG) that names a missing file is an error; only the
    // default community.yaml may be missing (then the sandbox runs the starter).
    const configNamed =
      command.getOptionValueSource('config') !== 'default' || process.env.GUILDHALL_CONFIG !== undefined;
    // Collect garbage before the heap grows far past what is live (src/cli/heapGrowth.ts).
    const { applyHeapGrowth } = await import('./cli/heapGrowth.js');
    applyHeapGrowth(process.env);
    const { startCommand } = await import('./cli/startCommand.js');
    process.exitCode = await startCommand({ ...opts, configNamed }, processIO, process.env);
  });

program
  .command('validate')
  .description('check community.yaml: one line per problem, FILE:LINE: path: problem')
  .option('-c, --config <file>', 'community.yaml to check', DEFAULT_CONFIG)
  .option('--json', 'print the result as one JSON object (every problem, with file, line and path)', false)
  .action(async (opts: { config: string; json: boolean }) => {
    // Only the modules' config schemas, not the modules: what keeps validate quick.
    const [{ validateCommand }, { configModuleList }] = await Promise.all([
      import('./cli/validateCommand.js'),
      import('./modules/configModuleList.js'),
    ]);
    process.exitCode = await validateCommand(opts, processIO, configModuleList, process.env);
  });

program
  .command('init')
  .description('write a commented starter community.yaml')
  .option('-o, --out <file>', 'where to write it', DEFAULT_CONFIG)
  .option('-t, --template <name>', 'template to start from', 'starter')
  .option('-f, --force', 'overwrite an existing file', false)
  .action(async (opts: { out: string; template: string; force: boolean }) => {
    const { initCommand } = await import('./cli/initCommand.js');
    process.exitCode = await initCommand(opts, processIO);
  });

program
  .command('schema')
  .description('print (or write) the JSON Schema of community.yaml for editor completion')
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .action(async (opts: { out?: string }) => {
    const [{ schemaCommand }, { moduleList }] = await Promise.all([
      import('./cli/schemaCommand.js'),
      import('./modules/moduleList.js'),
    ]);
    process.exitCode = await schemaCommand(opts, processIO, moduleList);
  });

program
  .command('migrate')
  .description('bring the database (DATABASE_URL, default ./data/guildhall.sqlite) up to date')
  .action(async () => {
    const { migrateCommand } = await import('./cli/migrateCommand.js');
    process.exitCode = await migrateCommand(processIO, process.env);
  });

program
  .command('plan')
  .description('show how the server differs from the server: section (exit 0 no changes, 2 changes, 1 error)')
  .option('-c, --config <file>', 'community.yaml to use', DEFAULT_CONFIG)
  .option('--prune', 'show deletions as apply --prune would make them', false)
  .option('--json', 'print the plan as one JSON object (changes, problems with file and line)', false)
  .action(async (opts: { config: string; prune: boolean; json: boolean }) => {
    const { planCommand } = await import('./cli/planCommand.js');
    process.exitCode = await planCommand(opts, processIO, process.env);
  });

program
  .command('apply')
  .description('make the server match the server: section (asks first unless --yes)')
  .option('-c, --config <file>', 'community.yaml to use', DEFAULT_CONFIG)
  .option('-y, --yes', 'apply without asking', false)
  .option('--prune', 'also delete roles, channels and overwrites the file does not declare', false)
  .action(async (opts: { config: string; yes: boolean; prune: boolean }) => {
    const { applyCommand } = await import('./cli/applyCommand.js');
    process.exitCode = await applyCommand(opts, processIO, process.env);
  });

program
  .command('export')
  .description('write the live server as a server: section (a blueprint)')
  .option('-c, --config <file>', 'community.yaml (for community.guildId)', DEFAULT_CONFIG)
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .action(async (opts: { config: string; out?: string }) => {
    const { exportCommand } = await import('./cli/exportCommand.js');
    process.exitCode = await exportCommand(opts, processIO, process.env);
  });

program
  .command('export-member')
  .description('write everything Guildhall holds about one member as JSON (audited)')
  .argument('<userId>', "the member's user id")
  .option('-c, --config <file>', 'community.yaml to use', DEFAULT_CONFIG)
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .action(async (userId: string, opts: { config: string; out?: string }) => {
    const { exportMemberCommand } = await import('./cli/exportMemberCommand.js');
    process.exitCode = await exportMemberCommand(userId, opts, processIO, process.env);
  });

program
  .command('forget-member')
  .description("erase one member's data everywhere Guildhall keeps it (asks first unless --yes; audited)")
  .argument('<userId>', "the member's user id")
  .option('-c, --config <file>', 'community.yaml to use (privacy.keepModerationRecords)', DEFAULT_CONFIG)
  .option('-y, --yes', 'erase without asking', false)
  .action(async (userId: string, opts: { config: string; yes: boolean }) => {
    const { forgetMemberCommand } = await import('./cli/forgetMemberCommand.js');
    process.exitCode = await forgetMemberCommand(userId, opts, processIO, process.env);
  });

program
  .command('audit')
  .description('print the audit log of staff actions, newest first')
  .option('-n, --limit <n>', 'at most this many records (1–1000)', positiveInt, 50)
  .option('--actor <actor>', 'only this actor (cli:alice, discord:<id>)')
  .option('--action <prefix>', 'only actions starting with this (moderation., privacy.erase)')
  .option('--before <id>', 'only records older than this record id', positiveInt)
  .option('--json', 'one JSON object per line', false)
  .action(async (opts: { limit: number; actor?: string; action?: string; before?: number; json: boolean }) => {
    const { auditCommand } = await import('./cli/auditCommand.js');
    process.exitCode = await auditCommand(opts, processIO, process.env);
  });

program
  .command('report')
  .description(
    'print the staff report of the last complete day, week or month (daily, growth, health), or `report onboarding`: the onboarding funnel and A/B results',
  )
  .argument('[report]', 'onboarding: the onboarding funnel and A/B experiment results')
  .option('-c, --config <file>', 'community.yaml to use (KPI and health targets, guild id)', DEFAULT_CONFIG)
  .option('--period <period>', 'day, week or month', 'day')
  .option('--from <date>', 'onboarding: first day of joins, YYYY-MM-DD (default: 29 days before --to)')
  .option('--to <date>', 'onboarding: last day of joins, YYYY-MM-DD (default: today, UTC)')
  .option('--by <split>', 'onboarding: split the funnel by none, type or variant', 'none')
  .option('--guild <id>', 'the guild, when the database holds several')
  .option('--json', 'print the report as one JSON object', false)
  .action(
    async (
      report: string | undefined,
      opts: { config: string; period: string; from?: string; to?: string; by: string; guild?: string; json: boolean },
    ) => {
      const { reportCommand } = await import('./cli/reportCommand.js');
      process.exitCode = await reportCommand(report === undefined ? opts : { ...opts, report }, processIO, process.env);
    },
  );

program
  .command('import')
  .description('import history; `import dce <files or folders…>`: DiscordChatExporter JSON or CSV exports')
  .command('dce')
  .description('import DiscordChatExporter JSON or CSV exports (resumable; analytics, and points with --award-points)')
  .argument('<paths...>', 'export files or folders (searched recursively)')
  .option('-c, --config <file>', 'community.yaml to use (community.guildId)', DEFAULT_CONFIG)
  .option('--guild-id <id>', "import into this guild even when the archive's guild differs")
  .option('--award-points', 'also award recognition points for the history', false)
  .action(async (paths: string[], opts: { config: string; guildId?: string; awardPoints: boolean }) => {
    const { relaunchWithHeapLimit } = await import('./cli/relaunchWithHeapLimit.js');
    const relaunched = await relaunchWithHeapLimit(process.env);
    if (relaunched !== null) {
      process.exitCode = relaunched;
      return;
    }
    const { importDceCommand } = await import('./cli/importCommand.js');
    process.exitCode = await importDceCommand(paths, opts, processIO, process.env);
  });

program
  .command('invite-url')
  .description('print the URL that adds the bot to a server with the permissions Guildhall needs')
  .requiredOption('--client-id <id>', 'application (client) id from the Discord developer portal')
  .option('--guild <id>', 'preselect this server')
  .option('-c, --config <file>', "also ask for the permissions this community.yaml's blueprint hands out")
  .action(async (opts: { clientId: string; guild?: string; config?: string }) => {
    const { inviteUrlCommand } = await import('./cli/inviteUrlCommand.js');
    process.exitCode = inviteUrlCommand(opts, processIO);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // One line that says what happened and how to fix it (bad token, busy port, unreachable
  // database …), the full trace only with LOG_LEVEL=debug; src/cli/humanError.ts.
  const { failureReport } = await import('./cli/humanError.js');
  for (const line of failureReport(error, { env: process.env, command: program.args[0] })) processIO.err(line);
  // Exit now: a half-started command may hold connections and timers that keep the process up.
  process.exit(1);
}
