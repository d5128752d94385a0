/**
 * Polish words for periods, mapped onto the English ones the period parser and
 * chrono understand ("w zeszłym roku" → "w last year", "od marca" → "since march").
 * Kept to the words people use when asking about accounts.
 */
const words: Record<string, string> = {
  w: 'in', tym: 'this', biezacym: 'this', biezacy: 'this', obecnym: 'this',
  zeszlym: 'last', zeszly: 'last', ubieglym: 'last', ubiegly: 'last', poprzednim: 'last', poprzedni: 'last', minionym: 'last',
  ostatnie: 'last', ostatnich: 'last', ostatni: 'last', ostatnim: 'last', ostatnia: 'last',
  najblizsze: 'next', najblizszych: 'next', najblizszym: 'next', nastepne: 'next', nastepnych: 'next', nastepnym: 'next',
  kolejne: 'next', kolejnych: 'next', przyszlym: 'next', przyszly: 'next', nadchodzace: 'next', nadchodzacych: 'next',
  rok: 'year', roku: 'year', roce: 'year', lat: 'years', lata: 'years',
  miesiac: 'month', miesiacu: 'month', miesiaca: 'month', miesiace: 'months', miesiecy: 'months', miesiacach: 'months',
  kwartal: 'quarter', kwartale: 'quarter', kwartalu: 'quarter',
  tydzien: 'week', tygodniu: 'week', tygodnia: 'week', tygodnie: 'weeks', tygodni: 'weeks',
  dzien: 'day', dnia: 'day', dni: 'days',
  od: 'since', przed: 'before', do: 'until', ciagu: 'within', poczatku: 'start',
  pierwszym: 'first', pierwszy: 'first', drugim: 'second', drugi: 'second', trzecim: 'third', trzeci: 'third', czwartym: 'fourth', czwarty: 'fourth',
  styczen: 'january', stycznia: 'january', styczniu: 'january',
  luty: 'february', lutego: 'february', lutym: 'february',
  marzec: 'march', marca: 'march', marcu: 'march',
  kwiecien: 'april', kwietnia: 'april', kwietniu: 'april',
  maj: 'may', maja: 'may', maju: 'may',
  czerwiec: 'june', czerwca: 'june', czerwcu: 'june',
  lipiec: 'july', lipca: 'july', lipcu: 'july',
  sierpien: 'august', sierpnia: 'august', sierpniu: 'august',
  wrzesien: 'september', wrzesnia: 'september', wrzesniu: 'september',
  pazdziernik: 'october', pazdziernika: 'october', pazdzierniku: 'october',
  listopad: 'november', listopada: 'november', listopadzie: 'november',
  grudzien: 'december', grudnia: 'december', grudniu: 'december',
};

/** The English reading of a normalised Polish word, or the word itself. */
export function englishPeriodWord(word: string): string {
  return words[word] ?? word;
}

