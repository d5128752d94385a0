import type { Acre } from './core/acre.js';
import { accountsFeature } from './core/accounts/feature.js';
import { agendaFeature } from './core/agenda/feature.js';
import { accountQuestionsFeature } from './core/qa/feature.js';
import type { Feature } from './core/conversation.js';
import { helpFeature } from './core/help.js';
import { planFeature } from './core/plan/feature.js';
import { qbrFeature } from './core/qbr/feature.js';
import type { PlanSetup } from './core/plan/setup.js';
import { riskFeature } from './core/risk/index.js';
import { riskSettingsOf, type Config } from './config.js';

/**
 * Every capability the router knows, in the order they are asked. A new
 * capability is one more line here.
 */
export function features(acre: () => Acre, plan: PlanSetup, config: Config): Feature[] {
  const risk = riskSettingsOf(config);
  return [
    helpFeature((t) => acre().helpLines({ t })),
    accountsFeature,
    // Before the Q&A: QBR questions are answered from the QBR calendar, which knows dates set in chat.
    qbrFeature(plan),
    accountQuestionsFeature,
    planFeature(plan),
    riskFeature(() => risk),
    agendaFeature(plan, () => risk),
  ];
}
