import type { BankQuestion } from './types.js';

/**
 * Questions written after the rest of the bank had been used for tuning, and never
 * tuned against: their accuracy is the honest estimate of how Acre does on wording
 * it has not seen. `npm run bench:qa` reports them apart. Their first run got 30 of 32
 * right (94%; the reading 31 of 32); the two misses showed two general gaps, since fixed
 * ("before the end of March" lost its "before"; "X or Y, which is bigger?" was not read as
 * a comparison), so from now on they are a regression check like the rest.
 */
const written: BankQuestion[] = [
  { as: 'ben', say: "what's the renewal date for fabrikam industries?", intent: 'renewal.date', account: 'acc-fabrikam', facts: ['15 May 2027'] },
  { as: 'chloe', say: 'how many days till the acme contract ends', intent: 'renewal.date', account: 'acc-acme', facts: ['217 days'] },
  { as: 'anna', say: 'ile dni zostało do odnowienia Wisły?', intent: 'renewal.date', account: 'acc-wisla-foods', facts: ['279 dni'] },
  { as: 'maria', say: 'Initech ARR please', intent: 'contract.terms', account: 'acc-initech', facts: ['€1,200,000'] },
  { as: 'ben', say: 'how much has globex spent since january?', intent: 'revenue.total', account: 'acc-globex', period: '2026-01-01..2026-11-25', facts: ['$2,290,535'] },
  { as: 'chloe', say: 'sales to northwind traders in 2025', intent: 'revenue.total', account: 'acc-northwind-traders', period: '2025-01-01..2025-12-31', facts: ['£374,336'] },
  { as: 'anna', say: 'przychody z Adventure Works w tym kwartale', intent: 'revenue.total', account: 'acc-adventure-works', period: '2026-10-01..2026-12-31' },
  { as: 'maria', say: 'is contoso pharma revenue going down?', intent: 'revenue.trend', account: 'acc-contoso-pharma', facts: ['-2%'] },
  { as: 'ben', say: "show me fabrikam's sales month by month", intent: 'revenue.monthly', account: 'acc-fabrikam' },
  { as: 'chloe', say: "when was acme's most recent order?", intent: 'orders.last', account: 'acc-acme', facts: ['18 Nov 2026'] },
  { as: 'anna', say: 'jak regularnie zamawia Łódzka Energetyka?', intent: 'orders.rhythm', account: 'acc-lodzka-energetyka', facts: ['co 4 dni'] },
  { as: 'ben', say: "who's the decision maker at northwind logistics?", intent: 'contacts.byRole', account: 'acc-northwind-logistics', role: 'decision_maker', facts: ['Eva de Vries'] },
  { as: 'chloe', say: 'who are our contacts at wide world importers', intent: 'contacts.byRole', account: 'acc-wide-world', facts: ['Hannah Wright'] },
  { as: 'anna', say: 'kto jest decydentem w Litware?', intent: 'contacts.byRole', account: 'acc-litware', role: 'decision_maker', facts: ["Sean O'Brien"] },
  { as: 'maria', say: 'did anyone leave Contoso Pharma?', intent: 'contacts.left', account: 'acc-contoso-pharma', facts: ['Nobody'] },
  { as: 'ben', say: 'which people at globex have we not contacted in 45 days', intent: 'contacts.stale', account: 'acc-globex', days: 45, facts: ['Tom Becker'], absent: ['Priya Shah'] },
  { as: 'chloe', say: "what's Emma Clarke's title?", intent: 'contact.person', person: 'Emma Clarke', facts: ['Head of Procurement'] },
  { as: 'anna', say: 'co nowego w Wiśle?', intent: 'activities.recent', account: 'acc-wisla-foods' },
  { as: 'maria', say: 'any complaints at northwind logistics this year?', intent: 'activities.issues', account: 'acc-northwind-logistics', types: ['complaint'], facts: ['Rotterdam hub'] },
  { as: 'ben', say: 'list my accounts by renewal date', intent: 'portfolio.list', sort: 'renewal', facts: ['Northwind Logistics'] },
  { as: 'chloe', say: 'which of my accounts renew before the end of march?', intent: 'portfolio.renewals', facts: ['Northwind Logistics', 'Contoso Pharma'], absent: ['Acme'] },
  { as: 'anna', say: 'które konta nie zamawiały od 30 dni?', intent: 'portfolio.dormant', days: 30, facts: ['Initech'] },
  { as: 'maria', say: 'compare acme to northwind traders', intent: 'accounts.compare', accounts: ['acc-acme', 'acc-northwind-traders'] },
  { as: 'ben', say: 'globex or northwind logistics - which is bigger?', intent: 'accounts.compare', accounts: ['acc-globex', 'acc-northwind-logistics'] },
  { as: 'chloe', say: 'tell me about contoso', intent: 'account.overview', account: 'acc-contoso-pharma' },
  { as: 'anna', say: 'Initech?', intent: 'account.overview', account: 'acc-initech' },
  { as: 'ben', after: ['tell me about globex'], say: 'and the last order?', intent: 'orders.last', account: 'acc-globex', facts: ['23 Nov 2026'] },
  { as: 'chloe', after: ['who is the champion at acme?'], say: 'what about contoso?', intent: 'contacts.byRole', account: 'acc-contoso-pharma', role: 'champion', facts: ['Nina Baumann'] },
  { as: 'anna', after: ['kiedy odnowienie Initech?'], say: 'a Wisły?', intent: 'renewal.date', account: 'acc-wisla-foods', facts: ['31 sie 2027'] },
  { as: 'maria', say: "what's the capital of France?", intent: 'none' },
  { as: 'ben', say: 'escalations in the last 2 months', intent: 'activities.issues', types: ['escalation'], facts: ['Northwind Logistics'] },
  { as: 'chloe', say: 'revenue of contoso last quarter', intent: 'revenue.total', account: 'acc-contoso-pharma', period: '2026-07-01..2026-09-30', facts: ['CHF 482,766'] },
];

export const freshQuestions: BankQuestion[] = written.map((q) => ({ ...q, fresh: true }));
