import type { Locale } from '../../core/model.js';
import type { DeliveryDeps } from './delivery.js';
import type { IdentityDeps } from './identity.js';

/** What the Teams listeners share: the core, the store, the stored conversations and a way to write outside a turn. */
export interface TeamsDeps extends DeliveryDeps, IdentityDeps {
  /** The language for people Acre does not know yet and Teams sends no locale for. */
  defaultLocale: Locale;
}
