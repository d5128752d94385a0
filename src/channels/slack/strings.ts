import type { Locale } from '../../core/model.js';

/**
 * Words only the Slack channel writes (the Home tab, the assistant pane). They belong
 * in the core's catalogue once Teams needs the same; until then they live here, typed
 * so that Polish cannot miss a key English has.
 */
const en = {
  homeTitle: 'Your accounts',
  homeIntro: (date: string) => `Renewals and QBRs of the accounts you cover, soonest renewal first, as of ${date}. Ask me about any of them in a DM, or with \`/account <name>\`.`,
  overview: 'Overview',
  askAboutOthers: 'Ask me about the others with `/account <name>`.',
  status: 'is looking at your accounts…',
  /** Slack puts the app's name before a status: "Acre is looking up contacts…". */
  working: (step: string) => `is ${step.charAt(0).toLocaleLowerCase('en') + step.slice(1)}`,
  whatCanYouDo: 'What can you do?',
  tellMeAbout: (name: string) => `tell me about ${name}`,
};

const pl: typeof en = {
  homeTitle: 'Twoi klienci',
  homeIntro: (date: string) => `Odnowienia i QBR klientów, których obsługujesz, od najbliższego odnowienia, stan na ${date}. Zapytaj mnie o każdego w wiadomości prywatnej albo poleceniem \`/account <nazwa>\`.`,
  overview: 'Przegląd',
  askAboutOthers: 'O pozostałych zapytaj poleceniem `/account <nazwa>`.',
  status: 'przegląda Twoich klientów…',
  // The steps are in the first person ("Sprawdzam: kontakty…"), which does not follow the app's name.
  working: (step: string) => `pracuje · ${step}`,
  whatCanYouDo: 'Co potrafisz?',
  tellMeAbout: (name: string) => `opowiedz mi o ${name}`,
};

export type SlackWords = typeof en;

export const slackWords: Record<Locale, SlackWords> = { en, pl };
