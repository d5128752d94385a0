import { Command } from 'commander';
import { registerChat } from './cli/chat.js';
import { registerData } from './cli/data.js';
import { registerDigest } from './cli/digest.js';
import { registerHealth } from './cli/health.js';
import { registerPlan } from './cli/plan.js';
import { registerQbr } from './cli/qbr.js';
import { registerReminders } from './cli/reminders.js';
import { registerStart } from './cli/start.js';

/** The `acre` command. Each group of subcommands lives in its own file under cli/. */
const program = new Command('acre').description('Acre — a key-account copilot for Slack, Microsoft Teams and the terminal');
registerStart(program);
registerChat(program);
registerData(program);
registerHealth(program);
registerDigest(program);
registerPlan(program);
registerQbr(program);
registerReminders(program);

await program.parseAsync(process.argv);
