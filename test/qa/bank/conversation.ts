import type { BankQuestion } from './types.js';

/** Follow-ups that lean on the turn before, permissions, and what Acre should decline. */
export const conversationQuestions: BankQuestion[] = [
  { as: 'ben', after: ['when does Globex renew?'], say: 'and its ARR?', intent: 'contract.terms', account: 'acc-globex', facts: ['$2,400,000'], core: true },
  { as: 'ben', after: ['when does globex renew?'], say: 'who signs there?', intent: 'contacts.byRole', account: 'acc-globex', role: 'decision_maker', facts: ['Margaret Olsen'] },
  { as: 'chloe', after: ['when does acme renew'], say: 'and northwind traders?', intent: 'renewal.date', account: 'acc-northwind-traders', facts: ['30 Apr 2027'], core: true },
  { as: 'anna', after: ['kiedy odnowienie Initech?'], say: 'a kto tam podpisuje?', intent: 'contacts.byRole', account: 'acc-initech', role: 'decision_maker', facts: ['Sabine Krüger'] },
  { as: 'anna', after: ['ile kupiła Wisła w tym roku?'], say: 'a w zeszłym roku?', intent: 'revenue.total', account: 'acc-wisla-foods', period: '2025-01-01..2025-12-31', facts: ['2 806 339 zł'], core: true },
  { as: 'maria', after: ['tell me about Initech'], say: 'when did they last order?', intent: 'orders.last', account: 'acc-initech', facts: ['21 Jul 2026'] },
  { as: 'ben', after: ['last qbr globex'], say: 'and the next one?', intent: 'qbr.next', account: 'acc-globex', facts: ['20 Jan 2027'] },
  { as: 'chloe', after: ['revenue from contoso in Q3'], say: 'and Q2?', intent: 'revenue.total', account: 'acc-contoso-pharma', period: '2026-04-01..2026-06-30', facts: ['CHF 442,425'] },
  { as: 'anna', after: ['kto jest orędownikiem w Wiśle?'], say: 'a w Łódzkiej Energetyce?', intent: 'contacts.byRole', account: 'acc-lodzka-energetyka', role: 'champion', facts: ['Michał Szymański'] },
  { as: 'ben', after: ['globex revenue by month'], say: 'what about fabrikam?', intent: 'revenue.monthly', account: 'acc-fabrikam' },
  { as: 'maria', after: ['which accounts renew in the next 60 days?'], say: 'and in the next 120?', intent: 'portfolio.renewals', period: '2026-11-25..2027-03-25', facts: ['Northwind Logistics', 'Initech'], absent: ['Contoso Pharma'] },
  { as: 'chloe', after: ['tell me about acme'], say: 'any complaints?', intent: 'activities.issues', account: 'acc-acme', types: ['complaint'] },
  { as: 'anna', after: ['opowiedz o Initech'], say: 'kiedy ostatni QBR?', intent: 'qbr.last', account: 'acc-initech', facts: ['20 maj 2026'] },
  { as: 'ben', after: ['how often does globex order?'], say: 'and its last order?', intent: 'orders.last', account: 'acc-globex', facts: ['23 Nov 2026'] },
  { as: 'maria', after: ['who is the champion at Globex?'], say: 'and at Acme?', intent: 'contacts.byRole', account: 'acc-acme', role: 'champion', facts: ['Emma Clarke'] },
  { as: 'chloe', after: ['when does northwind renew?'], say: 'northwind traders', intent: 'renewal.date', account: 'acc-northwind-traders', facts: ['30 Apr 2027'] },

  { as: 'anna', say: 'when does Globex renew?', intent: 'renewal.date', notFound: 'globex', absent: ['30 Sept', '30 wrz', 'Ben Carter', '2 400 000'], core: true },
  { as: 'anna', say: 'who signs at acme?', intent: 'contacts.byRole', notFound: 'acme', absent: ['James Whitfield', 'Acme Corporation'], core: true },
  { as: 'ben', say: 'compare Globex and Wisła', intent: 'accounts.compare', notFound: 'wisla', absent: ['Wisła Foods', '3 200 000', '3,200,000'] },
  // Questions about one account or all of them: an account the asker does not cover is not swapped for the last one talked about.
  { as: 'ben', after: ['tell me about globex'], say: 'who left Initech?', intent: 'contacts.left', notFound: 'initech', absent: ['Globex', 'Peter Gibbs'], core: true },
  { as: 'ben', say: 'how is Contoso doing?', intent: 'account.overview', notFound: 'contoso', absent: ['CHF'], core: true },
  { as: 'ben', after: ['tell me about globex'], say: 'what happened at Initech recently?', intent: 'activities.recent', notFound: 'initech', absent: ['Globex', 'Sabine'], core: true },
  // …while a word that names no account at all still leaves the question about the account talked about.
  { as: 'ben', after: ['tell me about globex'], say: 'any issues with delivery?', intent: 'activities.issues', account: 'acc-globex' },
  { as: 'ben', after: ['tell me about globex'], say: 'who have we not talked to since September?', intent: 'contacts.stale', account: 'acc-globex' },
  { as: 'ben', after: ['tell me about globex'], say: 'how much have we invoiced them?', intent: 'revenue.total', account: 'acc-globex' },
  { as: 'chloe', after: ['how healthy is Acme?'], say: 'what about its renewal?', intent: 'renewal.date', account: 'acc-acme', facts: ['30 Jun 2027'] },
  { as: 'ben', after: ['how healthy is Globex?'], say: "what about Fabrikam's renewal?", intent: 'renewal.date', account: 'acc-fabrikam', facts: ['15 May 2027'] },
  { as: 'ben', say: 'is the Globex renewal at risk?', intent: 'renewal.date', account: 'acc-globex' },
  { as: 'ben', say: 'total ARR of Globex and Fabrikam', intent: 'contract.terms', account: 'acc-globex' },
  { as: 'maria', say: 'how many accounts are at risk?', intent: 'health.list', facts: ['2 at risk and 6 on watch'] },
  // A date in a question asks about the QBR; it does not book one.
  { as: 'ben', say: 'QBR with Globex in 30 days?', intent: 'qbr.next', facts: ['20 Jan 2027'], absent: ['Booked'] },
  { as: 'chloe', say: 'which accounts renew in the next 365 days?', intent: 'portfolio.renewals', facts: ['Northwind Logistics', 'Acme Corporation'], absent: ['Initech', 'Fabrikam', 'Wisła', 'Łódzka'], core: true },
  { as: 'ben', say: 'tell me about Initech', intent: 'account.overview', notFound: 'initech', absent: ['Sabine', 'Anna Kowalska', '1,200,000'] },
  { as: 'chloe', say: 'who is Sabine Krüger?', intent: 'contact.person', absent: ['Chief Information Officer', 'Initech'] },

  { as: 'ben', say: "what's the weather in Paris?", intent: 'none' },
  { as: 'chloe', say: 'write a poem about acme', intent: 'none', absent: ['£480,000'] },
  { as: 'anna', say: 'jaka jest jutro pogoda?', intent: 'none' },
  { as: 'maria', say: 'what is the meaning of life', intent: 'none' },
  { as: 'ben', say: 'forecast Globex revenue for next year', intent: 'none' },
  { as: 'chloe', say: 'book a flight to Basel', intent: 'none' },
];
