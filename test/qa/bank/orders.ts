import type { BankQuestion } from './types.js';

/** The last order and the usual ordering rhythm. */
export const orderQuestions: BankQuestion[] = [
  { as: 'ben', say: 'when did Globex last order?', intent: 'orders.last', account: 'acc-globex', facts: ['23 Nov 2026', '$20,582'], core: true },
  { as: 'anna', say: 'kiedy Initech ostatnio zamawiał?', intent: 'orders.last', account: 'acc-initech', facts: ['21 lip 2026', '127 dni'], core: true },
  { as: 'chloe', say: 'last order from acme', intent: 'orders.last', account: 'acc-acme', facts: ['18 Nov 2026', '£9,486'] },
  { as: 'maria', say: 'when was the last purchase by Initech?', intent: 'orders.last', account: 'acc-initech', facts: ['21 Jul 2026', '127 days'] },
  { as: 'ben', say: 'woodgrove last order?', intent: 'orders.last', account: 'acc-woodgrove', facts: ['17 Feb 2026', '281 days'] },
  { as: 'chloe', say: 'what was the most recent order from northwind traders', intent: 'orders.last', account: 'acc-northwind-traders', facts: ['20 Nov 2026'] },
  { as: 'anna', say: 'ostatnie zamówienie Litware', intent: 'orders.last', account: 'acc-litware', facts: ['16 lis 2026'] },
  { as: 'ben', say: 'latest ordr fabrikam', intent: 'orders.last', account: 'acc-fabrikam', facts: ['24 Nov 2026'] },
  { as: 'admin', say: 'when did Lamna last buy something?', intent: 'orders.last', account: 'acc-lamna', facts: ['no orders'] },
  { as: 'anna', say: 'kiedy było ostatnie zamówienie od Adventure Works?', intent: 'orders.last', account: 'acc-adventure-works', facts: ['23 lis 2026'] },

  { as: 'ben', say: 'how often does Globex order?', intent: 'orders.rhythm', account: 'acc-globex', facts: ['every 2 days'], core: true },
  { as: 'chloe', say: "what's Acme's usual ordering rhythm?", intent: 'orders.rhythm', account: 'acc-acme', facts: ['every 7 days'] },
  { as: 'anna', say: 'jak często zamawia Wisła?', intent: 'orders.rhythm', account: 'acc-wisla-foods', facts: ['co 2 dni'] },
  { as: 'maria', say: 'how often does Initech usually place orders', intent: 'orders.rhythm', account: 'acc-initech', facts: ['every 4 days', '127 days'], core: true },
  { as: 'chloe', say: 'coho winery order frequency', intent: 'orders.rhythm', account: 'acc-coho-winery', facts: ['every 14 days'] },
  { as: 'anna', say: 'czy Initech zamawia regularnie?', intent: 'orders.rhythm', account: 'acc-initech', facts: ['co 4 dni'] },
  { as: 'ben', say: 'does fabrikam order regularly?', intent: 'orders.rhythm', account: 'acc-fabrikam', facts: ['every 14 days'] },
];
