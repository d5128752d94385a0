import type { BankQuestion } from './types.js';

/** Renewal dates, days left, the contract and its value. */
export const renewalQuestions: BankQuestion[] = [
  { as: 'ben', say: 'when does Globex renew?', intent: 'renewal.date', account: 'acc-globex', facts: ['30 Sept 2027', '309 days'], core: true },
  { as: 'anna', say: 'kiedy odnowienie Initech?', intent: 'renewal.date', account: 'acc-initech', facts: ['9 sty 2027', '45 dni'], core: true },
  { as: 'chloe', say: 'when is the acme renewal', intent: 'renewal.date', account: 'acc-acme', facts: ['30 Jun 2027', '217 days'] },
  { as: 'maria', say: 'how many days until Initech renews?', intent: 'renewal.date', account: 'acc-initech', facts: ['45 days'] },
  { as: 'ben', say: 'northwind renewal date', intent: 'renewal.date', account: 'acc-northwind-logistics', facts: ['27 Dec 2026', '32 days'] },
  { as: 'chloe', say: 'when does northwind renew?', intent: 'renewal.date', ambiguous: ['acc-northwind-logistics', 'acc-northwind-traders'], facts: ['Northwind Traders', 'Northwind Logistics'], absent: ['27 Dec 2026', '30 Apr 2027'], core: true },
  { as: 'anna', say: 'do kiedy mamy umowę z Łódzką Energetyką?', intent: 'renewal.date', account: 'acc-lodzka-energetyka', facts: ['31 gru 2027'] },
  { as: 'ben', say: 'when does the Fabrikam contract expire?', intent: 'renewal.date', account: 'acc-fabrikam', facts: ['15 May 2027', '171 days'] },
  { as: 'chloe', say: 'contoso renwal', intent: 'renewal.date', account: 'acc-contoso-pharma', facts: ['31 Mar 2027', '126 days'] },
  { as: 'admin', say: 'when does woodgrove renew?', intent: 'renewal.date', account: 'acc-woodgrove', facts: ['no renewal date'] },
  { as: 'anna', say: 'kiedy wygasa umowa z Wisłą?', intent: 'renewal.date', account: 'acc-wisla-foods', facts: ['31 sie 2027', '279 dni'] },
  { as: 'ben', say: 'days left to globex renewal', intent: 'renewal.date', account: 'acc-globex', facts: ['309 days'] },
  { as: 'anna', say: 'kiedy odnowinie initechu?', intent: 'renewal.date', account: 'acc-initech', facts: ['9 sty 2027'] },
  { as: 'maria', say: 'Adventure Works renewal?', intent: 'renewal.date', account: 'acc-adventure-works', facts: ['31 Jul 2027', '248 days'] },

  { as: 'ben', say: "what's Globex's ARR?", intent: 'contract.terms', account: 'acc-globex', facts: ['$2,400,000'], core: true },
  { as: 'anna', say: 'jaki jest ARR Initech?', intent: 'contract.terms', account: 'acc-initech', facts: ['1 200 000 €'] },
  { as: 'chloe', say: 'contract details for Acme', intent: 'contract.terms', account: 'acc-acme', facts: ['£480,000', '1 Jul 2022', '30 Jun 2027'] },
  { as: 'maria', say: 'what is the contract value of Contoso Pharma?', intent: 'contract.terms', account: 'acc-contoso-pharma', facts: ['CHF 1,900,000'] },
  { as: 'anna', say: 'kiedy zaczęła się umowa z Litware?', intent: 'contract.terms', account: 'acc-litware', facts: ['1 wrz 2026'] },
  { as: 'ben', say: 'how much is the northwind contract worth', intent: 'contract.terms', account: 'acc-northwind-logistics', facts: ['€640,000'] },
  { as: 'chloe', say: 'arr of wide world importers', intent: 'contract.terms', account: 'acc-wide-world', facts: ['£120,000'] },
  { as: 'anna', say: 'wartość kontraktu z Wisłą', intent: 'contract.terms', account: 'acc-wisla-foods', facts: ['3 200 000 zł'] },
];
