import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from '../../config.js';

export interface TeamsAdapter {
  adapter: CloudAdapter;
  /** Empty in local mode. */
  appId: string;
  /** False in local mode: no token is checked or sent, which only the Bot Framework Emulator accepts. */
  authenticated: boolean;
}

/**
 * botbuilder's CloudAdapter, authenticated by the bot's Azure registration. With
 * an app id, every request must carry a Bot Connector token for it (else 401) and
 * replies are sent with one. Without, it runs in local mode for the Emulator.
 */
export function createAdapter(config: Pick<Config, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId'>): TeamsAdapter {
  const appId = config.MicrosoftAppId ?? '';
  const settings = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const authentication = new ConfigurationBotFrameworkAuthentication(settings, credentials);
  return { adapter: new CloudAdapter(authentication), appId, authenticated: appId !== '' };
}
