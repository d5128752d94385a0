import { Lexicon } from './lexicon.js';

/**
 * Everyday words of questions about accounts, in English and Polish. They never
 * name an account or a person on their own (an account called "Next" is still
 * found by its full name), and they do not count as words Acre failed to understand.
 */
const everyday = [
  // English function words
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'about', 'as', 'into', 'per', 'than', 'vs', 'versus',
  'i', 'me', 'my', 'we', 'us', 'our', 'ours', 'you', 'your', 'they', 'them', 'their', 'it', 'its', 'he', 'she', 'his', 'her', 'this', 'that', 'these', 'those', 'there', 'here',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'have', 'has', 'had', 'having', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
  'what', 'whats', 'when', 'whens', 'where', 'who', 'whos', 'whom', 'whose', 'which', 'why', 'how', 'hows',
  'any', 'anyone', 'anybody', 'some', 'all', 'each', 'every', 'no', 'not', 'none', 'nobody', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'isnt', 'arent', 'wasnt', 'n', 't', 're', 'll', 'd', 've',
  'please', 'pls', 'thanks', 'thank', 'hey', 'hi', 'ok', 'okay', 'so', 'just', 'also', 'again', 'still', 'yet', 'now', 'then', 'ever', 'already', 'else', 'too', 'very', 'really', 'much', 'many', 'more', 'less', 'most', 'least',
  'tell', 'show', 'give', 'list', 'get', 'find', 'know', 'see', 'let', 'need', 'want', 'check', 'look', 'looking', 'display', 'quick', 'quickly',
  'one', 'ones', 'thing', 'things', 'something', 'anything', 'lately', 'recently', 'currently', 'so far', 'far', 'ago', 'since', 'until', 'before', 'after', 'between',
  'account*', 'client*', 'customer*', 'company', 'companies', 'team', 'teams', 'portfolio', 'people', 'person', 'contact*', 'stakeholder*',
  'date', 'dates', 'day', 'days', 'week*', 'month*', 'year*', 'quarter*', 'today', 'last', 'next', 'this', 'previous', 'past', 'current', 'upcoming', 'coming',
  // Polish function words
  'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'u', 'po', 'przy', 'dla', 'bez', 'przez', 'przed', 'za', 'nad', 'pod', 'i', 'a', 'lub', 'albo', 'czy', 'ale', 'niz', 'oraz',
  'jak', 'jaki', 'jaka', 'jakie', 'jakich', 'jakis', 'jakies', 'jakiekolwiek', 'kto', 'kogo', 'komu', 'kim', 'co', 'czego', 'czym', 'kiedy', 'gdzie', 'ile', 'ilu', 'ktory', 'ktora', 'ktore', 'ktorzy', 'ktorych', 'dlaczego', 'czemu',
  'jest', 'sa', 'byl', 'byla', 'bylo', 'byly', 'byli', 'bedzie', 'beda', 'mamy', 'mam', 'ma', 'maja', 'mial', 'miala', 'mieli', 'nie', 'tak', 'juz', 'jeszcze', 'tylko', 'tez', 'takze',
  'moj', 'moja', 'moje', 'moich', 'moim', 'moimi', 'nasz', 'nasza', 'nasze', 'naszych', 'naszym', 'naszymi', 'naszego', 'mi', 'mnie', 'my', 'nam', 'nas', 'ich', 'jego', 'jej', 'go', 'tam', 'tu', 'tutaj', 'to', 'ten', 'ta', 'te', 'tego', 'tej', 'tym', 'tych', 'sie', 'sobie',
  'pokaz', 'podaj', 'powiedz', 'daj', 'wymien', 'prosze', 'dzieki', 'klient*', 'kont*', 'firm*', 'zespol*', 'osob*', 'ludzi', 'kontakt*',
  'dzis', 'dzisiaj', 'teraz', 'ostatnio', 'dawno', 'temu', 'rok', 'roku', 'miesiac*', 'tydzien', 'tygodni*', 'dni', 'dzien', 'kwartal*', 'ostatni*', 'nastepn*', 'kolejn*',
];

/** The everyday words, compiled once. */
export const everydayWords = new Lexicon<'everyday'>({ everyday });

/** True for a word that says nothing about which account or person is meant. */
export function isEveryday(word: string): boolean {
  return everydayWords.knows(word);
}
