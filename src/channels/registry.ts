import type { ChannelStarter } from './channel.js';

/**
 * The chat channels Acre can run, loaded only when configured: each SDK is heavy
 * (botbuilder alone takes half a second to import).
 */
export const channelStarters: Record<'slack' | 'teams', () => Promise<ChannelStarter>> = {
  slack: async () => {
    throw new Error('the Slack channel is not available in this build');
  },
  teams: async () => {
    throw new Error('the Teams channel is not available in this build');
  },
};
