import type { BankQuestion } from './types.js';

/** Who is who at an account: by role, who left, who we haven't spoken to, one person. */
export const contactQuestions: BankQuestion[] = [
  { as: 'anna', say: 'who signs at Initech?', intent: 'contacts.byRole', account: 'acc-initech', role: 'decision_maker', facts: ['Sabine Krüger'], absent: ['Jonas Weber'], core: true },
  { as: 'ben', say: 'who is the champion at Globex?', intent: 'contacts.byRole', account: 'acc-globex', role: 'champion', facts: ['Priya Shah'], absent: ['Margaret Olsen'], core: true },
  { as: 'chloe', say: 'who are the decision makers at acme', intent: 'contacts.byRole', account: 'acc-acme', role: 'decision_maker', facts: ['James Whitfield'] },
  { as: 'anna', say: 'kto podejmuje decyzje w Wiśle?', intent: 'contacts.byRole', account: 'acc-wisla-foods', role: 'decision_maker', facts: ['Katarzyna Wiśniewska'] },
  { as: 'anna', say: 'kto jest naszym orędownikiem w Łódzkiej Energetyce?', intent: 'contacts.byRole', account: 'acc-lodzka-energetyka', role: 'champion', facts: ['Michał Szymański'] },
  { as: 'maria', say: 'sponsors at Globex', intent: 'contacts.byRole', account: 'acc-globex', role: 'sponsor', facts: ['David Reyes'] },
  { as: 'chloe', say: "who's blocking us at contoso?", intent: 'contacts.byRole', account: 'acc-contoso-pharma', role: 'blocker', facts: ['Marco Rossi'] },
  { as: 'ben', say: 'key contacts at northwind', intent: 'contacts.byRole', account: 'acc-northwind-logistics', facts: ['Eva de Vries', 'Lars Jansen'] },
  { as: 'anna', say: 'kontakty w Adventure Works', intent: 'contacts.byRole', account: 'acc-adventure-works', facts: ['Jan Novák', 'Petra Svobodová'] },
  { as: 'chloe', say: 'who do we talk to at coho winery', intent: 'contacts.byRole', account: 'acc-coho-winery', facts: ['Julien Moreau'] },
  { as: 'ben', say: 'who is the decison maker at fabrikam', intent: 'contacts.byRole', account: 'acc-fabrikam', role: 'decision_maker', facts: ['No decision maker', 'Rachel Turner'] },
  { as: 'maria', say: 'who are the influencers at Globex?', intent: 'contacts.byRole', account: 'acc-globex', role: 'influencer', facts: ['Tom Becker'] },
  { as: 'anna', say: 'kto jest sponsorem w Initech?', intent: 'contacts.byRole', account: 'acc-initech', role: 'sponsor', facts: ['Brak'] },
  { as: 'chloe', say: "who's our champion at northwind traders?", intent: 'contacts.byRole', account: 'acc-northwind-traders', role: 'champion', facts: ['Grace Li'] },
  { as: 'ben', say: 'who holds the budget at lamna', intent: 'contacts.byRole', account: 'acc-lamna', role: 'decision_maker', facts: ['Helen Brooks'] },

  { as: 'anna', say: 'who left Initech?', intent: 'contacts.left', account: 'acc-initech', facts: ['Peter Gibbs'], core: true },
  { as: 'maria', say: 'has anyone left at Globex?', intent: 'contacts.left', account: 'acc-globex', facts: ['Nobody'] },
  { as: 'anna', say: 'kto odszedł z Initech?', intent: 'contacts.left', account: 'acc-initech', facts: ['Peter Gibbs'] },
  { as: 'chloe', say: 'did any of our contacts leave contoso?', intent: 'contacts.left', account: 'acc-contoso-pharma', facts: ['Nobody'] },
  { as: 'maria', say: 'which contacts have left their company across the team?', intent: 'contacts.left', facts: ['Peter Gibbs', 'Initech'] },

  { as: 'ben', say: "who haven't we spoken to in 60 days at Globex?", intent: 'contacts.stale', account: 'acc-globex', days: 60, facts: ['Tom Becker'], absent: ['Priya Shah'], core: true },
  { as: 'anna', say: 'z kim nie rozmawialiśmy od 90 dni w Initech?', intent: 'contacts.stale', account: 'acc-initech', days: 90, facts: ['Sabine Krüger', 'Jonas Weber'], absent: ['Peter Gibbs', 'Michael Brandt'] },
  { as: 'chloe', say: "contacts at acme we haven't talked to in 30 days", intent: 'contacts.stale', account: 'acc-acme', days: 30, facts: ['Oliver Grant', 'Sophie Patel'], absent: ['Emma Clarke'] },
  { as: 'maria', say: "which contacts at coho winery haven't we contacted for 3 months?", intent: 'contacts.stale', account: 'acc-coho-winery', days: 92, facts: ['Camille Laurent'], absent: ['Julien Moreau'] },
  { as: 'ben', say: 'stale contacts at woodgrove', intent: 'contacts.stale', account: 'acc-woodgrove', facts: ['Robert Chen', 'Laura Simmons'] },
  { as: 'anna', say: 'z kim dawno nie rozmawialiśmy?', intent: 'contacts.stale', facts: ['Sabine Krüger'], absent: ['Margaret Olsen'] },

  { as: 'ben', say: 'who is Priya Shah?', intent: 'contact.person', person: 'Priya Shah', facts: ['Procurement Manager', 'Globex Corporation'], core: true },
  { as: 'anna', say: 'kim jest Michał Szymański?', intent: 'contact.person', person: 'Michał Szymański', facts: ['Kierownik Utrzymania Sieci', 'Łódzka Energetyka S.A.'] },
  { as: 'chloe', say: 'when did we last talk to Emma Clarke?', intent: 'contact.person', person: 'Emma Clarke', facts: ['19 Nov 2026'] },
  { as: 'ben', say: 'list the decision makers across my accounts', intent: 'contacts.byRoleAcross', role: 'decision_maker', facts: ['Decision makers across your accounts (4)', 'Margaret Olsen', 'Robert Chen'], absent: ['Sabine'] },
  { as: 'anna', say: 'kto jest orędownikiem we wszystkich moich kontach?', intent: 'contacts.byRoleAcross', role: 'champion', facts: ['Rola „orędownik” w Twoich kontach'], absent: ['Priya Shah'] },
  { as: 'ben', say: 'who are the decision makers at Zenith Corp?', intent: 'contacts.byRole', notFound: 'Zenith Corp', absent: ['Margaret Olsen'] },
  { as: 'ben', say: 'email of Rachel Turner', intent: 'contact.person', person: 'Rachel Turner', facts: ['rachel.turner@'] },
  { as: 'maria', say: "what's Sabine Krüger's role?", intent: 'contact.person', person: 'Sabine Krüger', facts: ['decision maker', 'Initech'] },
  { as: 'anna', say: 'kiedy ostatnio rozmawialiśmy z Sabine?', intent: 'contact.person', person: 'Sabine Krüger', facts: ['20 maj 2026'] },
  { as: 'ben', say: 'who is Margaret Olsen', intent: 'contact.person', person: 'Margaret Olsen', facts: ['Chief Financial Officer'] },
];
