/**
 * Cue vocabularies shared by several intents, English and Polish, normalised
 * (no diacritics). `*` means "begins with", so one stem covers Polish inflection.
 */

/** Money coming in: "revenue", "bought", "przychód", "kupiła". */
export const revenueWords = [
  'revenue*', 'revenu', 'sales', 'sale', 'sold', 'sell', 'sells', 'selling', 'turnover', 'spend*', 'spent', 'buy', 'buys', 'buying', 'bought', 'purchas*', 'invoic*', 'billed',
  'bring*', 'brought', 'income', 'how much',
  'przychod*', 'sprzedaz*', 'sprzedal*', 'obrot*', 'kupil*', 'kupuj*', 'zakup*', 'wydal*', 'wydatk*', 'zafakturow*', 'ile',
];

/** Orders: "order", "purchase", "zamówienie". */
export const orderWords = ['order*', 'ordr*', 'purchas*', 'buy', 'bought', 'zamow*', 'zamawia*', 'zakup*', 'kupil*', 'kupowal*'];

/** Renewal and the end of a contract. */
export const renewalWords = [
  'renew*', 'renwal*', 'expir*', 'end of contract', 'contract end*', 'until when', 'odnow*', 'odnawia*', 'prolong*', 'przedluz*', 'wygasa*', 'wygasni*',
  'koniec umowy', 'do kiedy',
];

/** Words that make a question about one moment in time. */
export const whenWords = ['when', 'whens', 'what date', 'kiedy', 'ktorego', 'data', 'date'];

/** Quarterly business reviews. */
export const qbrWords = ['qbr*', 'business review*', 'quarterly review*', 'account review', 'przeglad*', 'spotkanie kwartalne', 'przeglad biznesowy'];

/** Asking for something that has not happened: Acre reports the data, it does not predict. */
export const forecastWords = ['forecast*', 'predict*', 'projection*', 'will they', 'going to buy', 'prognoz*', 'przewid*'];
