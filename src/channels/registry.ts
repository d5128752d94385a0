import type { ChannelStarter } from './channel.js';

/**
 * The chat channels Acre can run, loaded only when configured: each SDK is heavy
 * (botbuilder alone takes half a second to import).
 */
export const channelStarters: Record<'slack' | 'teams', () => Promise<ChannelStarter>> = {
  slack: async () => (await import('./slack/index.js')).startSlack,
  teams: async () => (await import('./teams/index.js')).startTeams,
};
