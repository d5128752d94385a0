import type { Acre } from './core/acre.js';
import { accountsFeature } from './core/accounts/feature.js';
import type { Feature } from './core/conversation.js';
import { helpFeature } from './core/help.js';

/**
 * Every capability the router knows, in the order they are asked. A new
 * capability is one more line here.
 */
export function features(acre: () => Acre): Feature[] {
  return [
    helpFeature((t) => acre().helpLines({ t })),
    accountsFeature,
  ];
}
