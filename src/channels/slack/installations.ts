import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { KeyValueStore } from '../../core/ports.js';

const INDEX_KEY = 'slack:installations';

/**
 * Slack installations (one per workspace or Enterprise org) kept in Acre's store, so
 * that every replica and every restart sees the same ones. An index lists them for
 * proactive messages, which have no incoming event to say which workspace to use.
 */
export class KeyvInstallationStore implements InstallationStore {
  constructor(private readonly store: KeyValueStore) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf(installation.isEnterpriseInstall === true, installation.enterprise?.id, installation.team?.id);
    await this.store.set(key, installation);
    await this.store.update<string[]>(INDEX_KEY, (keys = []) => (keys.includes(key) ? keys : [...keys, key]));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const installation = await this.store.get<Installation>(keyOf(query.isEnterpriseInstall, query.enterpriseId, query.teamId));
    if (!installation) throw new Error(`Acre is not installed in Slack ${query.isEnterpriseInstall ? `org ${query.enterpriseId}` : `workspace ${query.teamId}`}`);
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = keyOf(query.isEnterpriseInstall, query.enterpriseId, query.teamId);
    await this.store.delete(key);
    await this.store.update<string[]>(INDEX_KEY, (keys = []) => keys.filter((k) => k !== key));
  }

  /** The bot token of every installation, for messages no event prompted. */
  async botTokens(): Promise<string[]> {
    const tokens: string[] = [];
    for (const key of (await this.store.get<string[]>(INDEX_KEY)) ?? []) {
      const token = (await this.store.get<Installation>(key))?.bot?.token;
      if (token) tokens.push(token);
    }
    return tokens;
  }
}

/** An org-wide install answers for every workspace of the org; otherwise each workspace has its own. */
function keyOf(enterpriseInstall: boolean, enterpriseId: string | undefined, teamId: string | undefined): string {
  return enterpriseInstall && enterpriseId ? `slack:installation:org:${enterpriseId}` : `slack:installation:team:${enterpriseId ?? '-'}:${teamId ?? '-'}`;
}
