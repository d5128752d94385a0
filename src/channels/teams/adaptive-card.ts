import type { CardSubmit } from './card-submit.js';

/**
 * The part of Adaptive Cards 1.5 Acre uses. Version 1.5 is what Teams renders on
 * desktop, web and mobile; the card's top level admits no other properties (so
 * no Teams-only `msteams` extension), which keeps every card valid against the
 * published 1.5 schema.
 */
export const CARD_VERSION = '1.5';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Bolder' | 'Default';
  isSubtle?: boolean;
  style?: 'default' | 'heading';
  fontType?: 'Default' | 'Monospace';
  separator?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  separator?: boolean;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: CardSubmit;
  style?: 'positive' | 'destructive';
}

export interface ActionSet {
  type: 'ActionSet';
  actions: SubmitAction[];
  separator?: boolean;
}

export type CardElement = TextBlock | FactSet | ActionSet;

export interface AdaptiveCard {
  $schema: string;
  type: 'AdaptiveCard';
  version: string;
  lang?: string;
  body: CardElement[];
  /** What a client that cannot draw the card shows instead. */
  fallbackText: string;
}
