import type { Locale } from '../../model.js';

/**
 * Reading numbers the way people type them in English and Polish:
 * "1,250,000", "1 250 000", "1,2", "1.5", "250k", "1,2 mln", "3 tys.", "2bn".
 */

const multipliers: [RegExp, number][] = [
  [/^(k|tys|tys\.|tysiąc|tysiące|tysięcy|thousand|thousands|thou)$/i, 1e3],
  [/^(m|mm|mln|mln\.|mio|million|millions|milion|miliony|milionów)$/i, 1e6],
  [/^(bn|b|mld|mld\.|billion|billions|miliard|miliardy|miliardów)$/i, 1e9],
];

/** Words that may surround an amount without changing it: "about 250k a year", "około 1,2 mln rocznie". */
const fillers = new Set([
  'about', 'around', 'approx', 'approx.', 'approximately', 'roughly', 'circa', 'ca', 'ca.', 'some', 'maybe', 'likely', 'est', 'est.', 'estimated',
  'a', 'per', 'year', 'annually', 'yearly', 'p.a.', 'pa', 'annual', 'in', 'total', 'over', 'under', 'up', 'to',
  'około', 'ok', 'ok.', 'mniej', 'więcej', 'jakieś', 'jakies', 'rocznie', 'na', 'rok', 'w', 'skali', 'roku', 'do', 'ponad', 'prawie', 'razem', 'łącznie',
]);

/** A number written with thousands separators or a decimal comma, as a JS number; undefined if it is not one. */
export function readDigits(raw: string, locale: Locale): number | undefined {
  let s = raw.replace(/[\s\u00a0\u202f'’_]/g, '');
  const negative = /^[-−–]/.test(s);
  s = s.replace(/^[-−–+]/, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return undefined;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if ((s.split(decimal).length - 1) > 1) return undefined;
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (commas || dots) {
    const sep = commas ? ',' : '.';
    const grouped = new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
    const many = commas + dots > 1;
    // "1,250" is a thousand and a quarter in English, one and a quarter in Polish; "1.250.000" is grouped everywhere.
    const isThousands = grouped && (many || (sep === ',' ? locale === 'en' : locale === 'pl'));
    if (isThousands) s = s.split(sep).join('');
    else if (many) return undefined;
    else s = s.replace(sep, '.');
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

export interface Amount {
  value: number;
  /** The words around the number that were not fillers, multipliers or the number itself. */
  rest: string[];
}

/**
 * Finds the one number in a phrase, applies a multiplier written after it, and
 * returns the words left over so that the caller can read a currency or a unit from them.
 */
export function readAmount(text: string, locale: Locale): Amount | undefined {
  const spaced = text
    .trim()
    .replace(/(\d)([a-zA-Ząćęłńóśźż%€$£]+)/g, '$1 $2')
    .replace(/([€$£%~])/g, ' $1 ');
  const tokens = spaced.split(/\s+/).filter(Boolean);
  let value: number | undefined;
  let justRead = false;
  const rest: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (/^[-−–+]?\d/.test(token)) {
      // Digits split by spaces belong together: "1 250 000".
      let joined = token;
      while (i + 1 < tokens.length && /^\d{3}([.,]\d+)?$/.test(tokens[i + 1]) && /\d$/.test(joined)) joined += tokens[++i];
      const n = readDigits(joined, locale);
      if (n === undefined || value !== undefined) return undefined;
      value = n;
      justRead = true;
      continue;
    }
    const multiplier = justRead ? multipliers.find(([re]) => re.test(token)) : undefined;
    justRead = false;
    if (multiplier && value !== undefined) {
      value *= multiplier[1];
      continue;
    }
    const word = token.toLowerCase().replace(/[,;:!]+$/, '');
    if (word === '~' || word === '' || fillers.has(word)) continue;
    rest.push(word);
  }
  if (value === undefined) return undefined;
  return { value: Math.round(value * 1e6) / 1e6, rest };
}
