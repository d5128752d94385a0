import { contactQuestions } from './contacts.js';
import { freshQuestions } from './fresh.js';
import { conversationQuestions } from './conversation.js';
import { orderQuestions } from './orders.js';
import { overviewQuestions } from './overview.js';
import { portfolioQuestions } from './portfolio.js';
import { qbrAndActivityQuestions } from './qbr-activities.js';
import { renewalQuestions } from './renewal.js';
import { revenueQuestions } from './revenue.js';
import type { BankQuestion } from './types.js';

export { emailOf, type BankQuestion, type Who } from './types.js';

/** Every question of the bank, as users ask them, on the demo portfolio at 2026-11-25. */
export const questionBank: BankQuestion[] = [
  ...overviewQuestions,
  ...revenueQuestions,
  ...orderQuestions,
  ...renewalQuestions,
  ...contactQuestions,
  ...qbrAndActivityQuestions,
  ...portfolioQuestions,
  ...conversationQuestions,
  ...freshQuestions,
];
