import type { Question } from '../questions.js';
import { parsed, problem, type ParseContext, type Parsed } from '../values.js';
import { readAmount } from './amounts.js';

const currencyWords: [RegExp, string][] = [
  [/^(€|eur|euro|euros|eurów|euro\.)$/, 'EUR'],
  [/^(\$|usd|dollars?|dolarów|dolary|dolar|us\$)$/, 'USD'],
  [/^(£|gbp|pounds?|funtów|funty|funt)$/, 'GBP'],
  [/^(zł|zl|pln|złotych|zlotych|złote|złoty|zloty)$/, 'PLN'],
  [/^(chf|franks?|franków|franki)$/, 'CHF'],
  [/^(sek)$/, 'SEK'],
  [/^(nok)$/, 'NOK'],
  [/^(dkk)$/, 'DKK'],
  [/^(czk|kč)$/, 'CZK'],
];

/** An amount with an optional currency: "250k", "€1.2m", "1,2 mln zł", "$3,500,000", "900 tys. EUR". */
export function parseMoney(text: string, _question: Question, ctx: ParseContext): Parsed {
  const amount = readAmount(text, ctx.locale);
  if (!amount) return problem({ kind: 'not_money' });
  let currency: string | undefined;
  for (const word of amount.rest) {
    const found = currencyWords.find(([re]) => re.test(word))?.[1];
    if (!found || (currency && currency !== found)) return problem({ kind: 'not_money' });
    currency = found;
  }
  if (amount.value < 0) return problem({ kind: 'out_of_range', min: 0, max: Number.MAX_SAFE_INTEGER });
  return parsed({ kind: 'money', amount: amount.value, currency: currency ?? ctx.currency });
}
