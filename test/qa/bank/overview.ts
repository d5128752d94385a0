import type { BankQuestion } from './types.js';

/** "Tell me about…": the account at a glance. */
export const overviewQuestions: BankQuestion[] = [
  { as: 'ben', say: 'tell me about globex', intent: 'account.overview', account: 'acc-globex', facts: ['Globex Corporation', 'Ben Carter', '$2,400,000'], core: true },
  { as: 'chloe', say: 'show me Contoso Pharma', intent: 'account.overview', account: 'acc-contoso-pharma', facts: ['Contoso Pharma', 'CHF'] },
  { as: 'ben', say: 'Globex', intent: 'account.overview', account: 'acc-globex', facts: ['Globex Corporation'] },
  { as: 'ben', say: 'what is the status of Globex?', intent: 'account.overview', account: 'acc-globex', facts: ['Globex Corporation', 'Key contacts'] },
  { as: 'maria', say: 'renewal status of Initech', intent: 'renewal.date', account: 'acc-initech', facts: ['9 Jan 2027'] },
  { as: 'maria', say: 'who owns Initech?', intent: 'account.owner', account: 'acc-initech', facts: ['Anna Kowalska', 'anna.kowalska@acre.example'] },
  { as: 'chloe', say: 'who is the KAM for Globex?', intent: 'account.owner', account: 'acc-globex', facts: ['Ben Carter', 'Chloe Martin'] },
  { as: 'anna', say: 'kto prowadzi Wisłę?', intent: 'account.owner', account: 'acc-wisla-foods', facts: ['Anna Kowalska'] },
  { as: 'ben', say: 'what tier is Fabrikam?', intent: 'contract.terms', account: 'acc-fabrikam', facts: ['Normal'] },
  { as: 'chloe', say: 'what is the NPS of Acme?', intent: 'account.nps', account: 'acc-acme', facts: ['NPS 48'] },
  { as: 'anna', say: 'jaki jest NPS Wisły?', intent: 'account.nps', account: 'acc-wisla-foods', facts: ['NPS 55'] },
  { as: 'ben', say: 'health status of Woodgrove', intent: 'health.health', account: 'acc-woodgrove', facts: ['Woodgrove Energy — health'] },
  { as: 'chloe', say: 'what is the plan status for Acme?', intent: 'plan.completeness', account: 'acc-acme', facts: ['The Acme Corporation plan is 0% complete'] },
  { as: 'anna', say: 'jak idzie plan Initech?', intent: 'plan.completeness', account: 'acc-initech', facts: ['Plan Initech'] },
  { as: 'ben', say: 'how is the Globex plan going?', intent: 'plan.completeness', account: 'acc-globex', facts: ['Globex Corporation plan'] },
  { as: 'anna', say: 'opowiedz mi o Wiśle', intent: 'account.overview', account: 'acc-wisla-foods', facts: ['Wisła Foods Sp. z o.o.', 'Katarzyna Wiśniewska'] },
  { as: 'anna', say: 'co słychać w Łódzkiej Energetyce?', intent: 'account.overview', account: 'acc-lodzka-energetyka', facts: ['Łódzka Energetyka S.A.'] },
  { as: 'maria', say: 'give me an overview of fabrikam', intent: 'account.overview', account: 'acc-fabrikam', facts: ['Fabrikam Industries', 'Rachel Turner'] },
  { as: 'ben', say: 'tell me abut globx', intent: 'account.overview', account: 'acc-globex', facts: ['Globex Corporation'] },
  { as: 'admin', say: 'what do we know about Lamna Healthcare?', intent: 'account.overview', account: 'acc-lamna', facts: ['Lamna Healthcare', 'Helen Brooks'] },
  { as: 'chloe', say: 'Coho Winery overview', intent: 'account.overview', account: 'acc-coho-winery', facts: ['Coho Winery'] },
  { as: 'anna', say: 'pokaż Adventure Works', intent: 'account.overview', account: 'acc-adventure-works', facts: ['Adventure Works'] },
  { as: 'chloe', say: "what's the story with wide world importers?", intent: 'account.overview', account: 'acc-wide-world', facts: ['Wide World Importers'] },
  { as: 'maria', say: 'initech', intent: 'account.overview', account: 'acc-initech', facts: ['Initech', 'Anna Kowalska'] },
];
