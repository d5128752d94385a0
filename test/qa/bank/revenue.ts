import type { BankQuestion } from './types.js';

/** How much an account bought, its trend, and month by month. */
export const revenueQuestions: BankQuestion[] = [
  { as: 'chloe', say: 'how much did Acme buy this year?', intent: 'revenue.total', account: 'acc-acme', period: '2026-01-01..2026-12-31', facts: ['£405,784'], core: true },
  { as: 'ben', say: "what's Globex revenue last year?", intent: 'revenue.total', account: 'acc-globex', period: '2025-01-01..2025-12-31', facts: ['$2,119,435'], core: true },
  { as: 'anna', say: 'ile kupiła Wisła w tym roku?', intent: 'revenue.total', account: 'acc-wisla-foods', period: '2026-01-01..2026-12-31', facts: ['3 152 861 zł'], core: true },
  { as: 'ben', say: 'globex sales in october', intent: 'revenue.total', account: 'acc-globex', period: '2026-10-01..2026-10-31', facts: ['$242,734'] },
  { as: 'chloe', say: 'revenue from contoso in Q3', intent: 'revenue.total', account: 'acc-contoso-pharma', period: '2026-07-01..2026-09-30', facts: ['CHF 482,766'], core: true },
  { as: 'anna', say: 'przychód Initech w ostatnich 12 miesiącach', intent: 'revenue.total', account: 'acc-initech', period: '2025-11-26..2026-11-25', facts: ['750 913 €'] },
  { as: 'maria', say: 'how much has northwind logistics spent with us in the last 12 months?', intent: 'revenue.total', account: 'acc-northwind-logistics', period: '2025-11-26..2026-11-25', facts: ['€586,205'] },
  { as: 'chloe', say: 'what did Coho Winery spend last month?', intent: 'revenue.total', account: 'acc-coho-winery', period: '2026-10-01..2026-10-31', facts: ['€29,807'] },
  { as: 'ben', say: 'fabrikam revenue ytd', intent: 'revenue.total', account: 'acc-fabrikam', period: '2026-01-01..2026-11-25', facts: ['$273,393'] },
  { as: 'admin', say: 'how much did Initech buy in 2025?', intent: 'revenue.total', account: 'acc-initech', period: '2025-01-01..2025-12-31', facts: ['€1,154,816'] },
  { as: 'anna', say: 'sprzedaż do Łódzkiej Energetyki w październiku', intent: 'revenue.total', account: 'acc-lodzka-energetyka', period: '2026-10-01..2026-10-31', facts: ['652 276 zł'] },
  { as: 'chloe', say: 'Acme revenue since March', intent: 'revenue.total', account: 'acc-acme', period: '2026-03-01..2026-11-25', facts: ['£333,189'] },
  { as: 'ben', say: 'how much did globex order in the last 90 days', intent: 'revenue.total', account: 'acc-globex', period: '2026-08-28..2026-11-25', facts: ['$682,953'] },
  { as: 'chloe', say: 'how much revenu did wide world bring this yeer', intent: 'revenue.total', account: 'acc-wide-world', period: '2026-01-01..2026-12-31', facts: ['£50,527'] },
  { as: 'anna', say: 'ile zamówił Adventure Works w zeszłym roku?', intent: 'revenue.total', account: 'acc-adventure-works', period: '2025-01-01..2025-12-31', facts: ['545 900 €'] },
  { as: 'maria', say: 'total sales to Acme', intent: 'revenue.total', account: 'acc-acme', period: '2025-11-26..2026-11-25', facts: ['£439,536'] },

  { as: 'anna', say: 'is Initech buying less than last year?', intent: 'revenue.trend', account: 'acc-initech', facts: ['-34%'], core: true },
  { as: 'ben', say: 'globex revenue trend', intent: 'revenue.trend', account: 'acc-globex', facts: ['+17%', '$2,460,034'] },
  { as: 'chloe', say: 'how is northwind traders revenue trending?', intent: 'revenue.trend', account: 'acc-northwind-traders', facts: ['-32%'] },
  { as: 'maria', say: 'year over year for Acme', intent: 'revenue.trend', account: 'acc-acme', facts: ['+1%'] },
  { as: 'anna', say: 'jaki jest trend sprzedaży Wisły?', intent: 'revenue.trend', account: 'acc-wisla-foods', facts: ['+25%'] },
  { as: 'anna', say: 'czy Initech kupuje mniej niż rok temu?', intent: 'revenue.trend', account: 'acc-initech', facts: ['-34%'] },
  { as: 'chloe', say: 'contoso yoy', intent: 'revenue.trend', account: 'acc-contoso-pharma', facts: ['-2%'] },
  { as: 'ben', say: 'is northwind growing or declining?', intent: 'revenue.trend', account: 'acc-northwind-logistics', facts: ['-2%'] },
  { as: 'admin', say: "how does this year's revenue at Lodzka Energetyka compare with last year?", intent: 'revenue.trend', account: 'acc-lodzka-energetyka' },
  { as: 'chloe', say: 'Acme revenue vs last year', intent: 'revenue.trend', account: 'acc-acme', facts: ['+1%'] },

  { as: 'ben', say: 'globex revenue by month', intent: 'revenue.monthly', account: 'acc-globex', facts: ['Oct 2026', '$242,734'], core: true },
  { as: 'chloe', say: 'monthly sales for acme this year', intent: 'revenue.monthly', account: 'acc-acme', period: '2026-01-01..2026-12-31', facts: ['Oct 2026', '£38,306'] },
  { as: 'anna', say: 'przychody Wisły miesiąc po miesiącu', intent: 'revenue.monthly', account: 'acc-wisla-foods', facts: ['326 871 zł'] },
  { as: 'maria', say: "show me Initech's monthly revenue for the last 12 months", intent: 'revenue.monthly', account: 'acc-initech', period: '2025-11-26..2026-11-25' },
  { as: 'anna', say: 'sprzedaż Initech w podziale na miesiące', intent: 'revenue.monthly', account: 'acc-initech' },
  { as: 'chloe', say: 'break down coho winery revenue per month', intent: 'revenue.monthly', account: 'acc-coho-winery', facts: ['€29,807'] },
];
