import type { BankQuestion } from './types.js';

/** Across the accounts a user covers: lists, renewals coming up, accounts gone quiet, comparisons. */
export const portfolioQuestions: BankQuestion[] = [
  { as: 'ben', say: 'my accounts', intent: 'portfolio.list', facts: ['Globex Corporation', 'Northwind Logistics', 'Fabrikam Industries', 'Lamna Healthcare', 'Woodgrove Energy'], absent: ['Initech', 'Acme'], core: true },
  { as: 'anna', say: 'moje konta według ARR', intent: 'portfolio.list', sort: 'arr', facts: ['Łódzka Energetyka S.A.', '8 400 000 zł'], absent: ['Globex'] },
  { as: 'maria', say: 'list our accounts by renewal date', intent: 'portfolio.list', sort: 'renewal', facts: ['Northwind Logistics', '27 Dec 2026'] },
  { as: 'chloe', say: 'show my accounts sorted by last order', intent: 'portfolio.list', sort: 'lastOrder', facts: ['Acme Corporation'], absent: ['Initech'] },
  { as: 'maria', say: 'team accounts by ARR', intent: 'portfolio.list', sort: 'arr', facts: ['Globex Corporation', 'Łódzka Energetyka S.A.'] },
  { as: 'admin', say: 'list all accounts', intent: 'portfolio.list', facts: ['Woodgrove Energy', 'Litware Inc.'] },
  { as: 'ben', say: 'which of my accounts is the biggest?', intent: 'portfolio.list', sort: 'arr', facts: ['Globex Corporation'] },
  { as: 'maria', say: 'top 3 accounts by revenue', intent: 'portfolio.list', sort: 'revenue', facts: ['the top 3 in each currency', 'Initech', 'Northwind Logistics', 'Adventure Works'], absent: ['Coho Winery', 'Litware'] },
  { as: 'ben', say: 'how many accounts do I have?', intent: 'portfolio.totals', facts: ['You cover 5 accounts'] },
  { as: 'maria', say: 'what is our total ARR?', intent: 'portfolio.totals', facts: ['€2,730,000 across 5 accounts', 'PLN 11,600,000', 'per currency'] },
  { as: 'anna', say: 'ile mam klientów?', intent: 'portfolio.totals', facts: ['Obsługujesz'] },
  { as: 'anna', say: 'jakie mam konta?', intent: 'portfolio.list', facts: ['Initech', 'Wisła Foods Sp. z o.o.'], absent: ['Globex'] },
  { as: 'anna', say: 'moje 2 największe konta', intent: 'portfolio.list', sort: 'arr', facts: ['pierwsze 2'] },
  { as: 'chloe', say: 'my acounts ordered by renewal', intent: 'portfolio.list', sort: 'renewal', facts: ['Northwind Logistics'] },
  { as: 'maria', say: "show Ben's accounts", intent: 'portfolio.list', facts: ['Globex Corporation', 'Fabrikam Industries'], absent: ['Acme', 'Initech'] },

  { as: 'chloe', say: 'renewals in the next 90 days', intent: 'portfolio.renewals', period: '2026-11-25..2027-02-23', facts: ['Northwind Logistics', '32 days'], absent: ['Initech'], core: true },
  { as: 'maria', say: 'which accounts renew in the next 60 days?', intent: 'portfolio.renewals', period: '2026-11-25..2027-01-24', facts: ['Northwind Logistics', 'Initech', '45 days'], absent: ['Contoso'], core: true },
  { as: 'anna', say: 'odnowienia w ciągu 60 dni', intent: 'portfolio.renewals', period: '2026-11-25..2027-01-24', facts: ['Initech', '45 dni'] },
  { as: 'ben', say: 'upcoming renewals', intent: 'portfolio.renewals', facts: ['Northwind Logistics'], absent: ['Initech'] },
  { as: 'maria', say: 'renewals before March', intent: 'portfolio.renewals', period: '2026-11-25..2027-02-28', facts: ['Northwind Logistics', 'Initech'], absent: ['Contoso'] },
  { as: 'admin', say: 'what renews this quarter?', intent: 'portfolio.renewals', period: '2026-11-25..2026-12-31', facts: ['Northwind Logistics'], absent: ['Initech'] },
  { as: 'anna', say: 'które umowy wygasają w najbliższych 6 miesiącach?', intent: 'portfolio.renewals', facts: ['Initech', 'Contoso Pharma'], absent: ['Globex'] },

  { as: 'maria', say: "which accounts haven't ordered in 60 days?", intent: 'portfolio.dormant', days: 60, facts: ['Initech', 'Woodgrove Energy', 'Lamna Healthcare'], absent: ['Globex'], core: true },
  { as: 'anna', say: 'klienci bez zamówień od 90 dni', intent: 'portfolio.dormant', days: 90, facts: ['Initech'], absent: ['Wisła'] },
  { as: 'ben', say: 'who stopped buying?', intent: 'portfolio.dormant', facts: ['Woodgrove Energy'], absent: ['Globex', 'Initech'] },
  { as: 'chloe', say: 'accounts with no orders in the last 10 days', intent: 'portfolio.dormant', days: 10, facts: ['Coho Winery', 'Wide World Importers'], absent: ['Acme'] },
  { as: 'admin', say: 'dormant accounts', intent: 'portfolio.dormant', facts: ['Initech', 'Woodgrove Energy'] },
  { as: 'anna', say: 'którzy klienci przestali zamawiać?', intent: 'portfolio.dormant', facts: ['Initech'] },

  { as: 'ben', say: 'compare Globex and Northwind', intent: 'accounts.compare', accounts: ['acc-globex', 'acc-northwind-logistics'], facts: ['$2,400,000', '€640,000'], core: true },
  { as: 'chloe', say: 'acme vs northwind traders', intent: 'accounts.compare', accounts: ['acc-acme', 'acc-northwind-traders'], facts: ['£480,000', '£360,000'] },
  { as: 'anna', say: 'porównaj Wisłę i Łódzką Energetykę', intent: 'accounts.compare', accounts: ['acc-wisla-foods', 'acc-lodzka-energetyka'], facts: ['3 200 000 zł', '8 400 000 zł'] },
  { as: 'maria', say: 'compare Initech with Contoso Pharma revenue', intent: 'accounts.compare', accounts: ['acc-initech', 'acc-contoso-pharma'], facts: ['€750,913', 'CHF 1,774,726'] },
  { as: 'chloe', say: 'how does contoso compare to acme?', intent: 'accounts.compare', accounts: ['acc-contoso-pharma', 'acc-acme'] },
  { as: 'maria', say: 'Globex vs Initech', intent: 'accounts.compare', accounts: ['acc-globex', 'acc-initech'], facts: ['30 Sept 2027', '9 Jan 2027'] },
];
