import type { BankQuestion } from './types.js';

/** QBRs, recent activity, escalations and complaints. */
export const qbrAndActivityQuestions: BankQuestion[] = [
  // Questions that say "QBR" or "business review" belong to the QBR feature (src/core/qbr), which answers
  // from the QBR calendar (it knows dates booked in chat) with the last and the next review together.
  { as: 'anna', say: 'when was the last QBR with Initech?', intent: 'qbr.next', facts: ['20 maj 2026'], core: true },
  { as: 'ben', say: 'last qbr globex', intent: 'qbr.next', facts: ['14 Oct 2026'] },
  { as: 'anna', say: 'kiedy był ostatni QBR z Wisłą?', intent: 'qbr.next', facts: ['21 paź 2026'] },
  { as: 'chloe', say: 'when did we last have a business review with Coho Winery?', intent: 'qbr.next', facts: ['6 May 2026'] },
  { as: 'maria', say: 'is the Initech QBR overdue?', intent: 'qbr.overdue', facts: ['20 May 2026', 'overdue'] },
  { as: 'maria', say: 'any QBRs this week?', intent: 'qbr.upcoming', facts: ['No QBR is booked for the rest of this week'] },
  { as: 'maria', say: 'which accounts have no QBR scheduled?', intent: 'qbr.unbooked', facts: ['3 accounts have no QBR booked', 'Coho Winery', 'Initech', 'Adventure Works'], absent: ['Globex'] },
  { as: 'anna', say: 'którzy klienci nie mają zaplanowanego QBR?', intent: 'qbr.unbooked', facts: ['Initech'], absent: ['Wisła'] },
  { as: 'ben', say: 'last business review fabrikam', intent: 'qbr.next', facts: ['12 Aug 2026'] },
  { as: 'ben', say: 'when is the next QBR with Globex?', intent: 'qbr.next', facts: ['20 Jan 2027', '56 days'], core: true },
  { as: 'chloe', say: 'next qbr for acme?', intent: 'qbr.next', facts: ['26 Jan 2027'] },
  { as: 'anna', say: 'kiedy następny QBR z Łódzką Energetyką?', intent: 'qbr.next', facts: ['16 gru 2026', '21 dni'] },
  { as: 'maria', say: 'is there a QBR scheduled with initech?', intent: 'qbr.next', facts: ['overdue', '20 May 2026'] },
  { as: 'chloe', say: "when's the upcoming business review with wide world", intent: 'qbr.next', facts: ['8 Dec 2026'] },
  // Without those words the review questions are account Q&A's.
  { as: 'anna', say: 'kiedy mamy kolejny przegląd z Adventure Works?', intent: 'qbr.next', account: 'acc-adventure-works', facts: ['nie zaplanowano'] },
  { as: 'ben', say: 'when was our last quarterly review with fabrikam', intent: 'qbr.last', account: 'acc-fabrikam', facts: ['12 Aug 2026'] },
  { as: 'anna', say: 'ostatni przegląd z Initech?', intent: 'qbr.last', account: 'acc-initech', facts: ['20 maj 2026', 'opóźnienie 97 dni'] },

  { as: 'chloe', say: "what's been happening with acme lately?", intent: 'activities.recent', account: 'acc-acme', facts: ['19 Nov 2026', '2027 supply agreement extension'], core: true },
  { as: 'ben', say: 'recent activity at globex', intent: 'activities.recent', account: 'acc-globex', facts: ['On-site visit in Cleveland'] },
  { as: 'anna', say: 'ostatnie działania w Initech', intent: 'activities.recent', account: 'acc-initech', facts: ['voicemail'] },
  { as: 'maria', say: 'show me the latest meetings with Wisła Foods', intent: 'activities.recent', account: 'acc-wisla-foods', types: ['meeting'], facts: ['Meeting in Kraków'], absent: ['Call with'] },
  { as: 'chloe', say: 'what calls did we have with contoso this month?', intent: 'activities.recent', account: 'acc-contoso-pharma', types: ['call'], period: '2026-11-01..2026-11-30', facts: ['Nina Baumann'] },
  { as: 'ben', say: 'last touchpoints with northwind', intent: 'activities.recent', account: 'acc-northwind-logistics', facts: ['Eva de Vries'] },
  { as: 'anna', say: 'co się działo w Łódzkiej Energetyce w tym miesiącu?', intent: 'activities.recent', account: 'acc-lodzka-energetyka', period: '2026-11-01..2026-11-30', facts: ['Łódź'] },

  { as: 'ben', say: 'any escalations at Northwind Logistics?', intent: 'activities.issues', account: 'acc-northwind-logistics', types: ['escalation'], facts: ['service credits demanded'], core: true },
  { as: 'chloe', say: 'complaints from northwind traders', intent: 'activities.issues', account: 'acc-northwind-traders', types: ['complaint'], facts: ['July price increase'] },
  { as: 'anna', say: 'czy były jakieś reklamacje w Initech?', intent: 'activities.issues', account: 'acc-initech', types: ['complaint'], facts: ['two late deliveries'] },
  { as: 'maria', say: 'any escalations across the team in the last 60 days?', intent: 'activities.issues', types: ['escalation'], period: '2026-09-27..2026-11-25', facts: ['Initech', 'Northwind Logistics', 'Contoso Pharma'] },
  { as: 'chloe', say: 'open issues at contoso', intent: 'activities.issues', account: 'acc-contoso-pharma', facts: ['Marco Rossi', 'batch documentation'] },
  { as: 'anna', say: 'eskalacje w moich kontach', intent: 'activities.issues', types: ['escalation'], facts: ['Initech'], absent: ['Northwind'] },
  { as: 'ben', say: 'any complaints this year?', intent: 'activities.issues', types: ['complaint'], period: '2026-01-01..2026-12-31', facts: ['Northwind Logistics'], absent: ['Initech', 'Contoso'] },
];
