import type { Express } from 'express';
import type { AcreApp } from '../app.js';
import type { Messenger } from '../core/ports.js';

/** What a chat channel gets when Acre starts it: the core app and the shared HTTP server's routes. */
export interface ChannelContext {
  app: AcreApp;
  /** The one HTTP server on PORT: Slack's /slack/events and Teams' /api/messages live side by side. */
  http: Express;
}

/** A running channel: how to reach people proactively through it, and how to stop it. */
export interface RunningChannel {
  name: 'slack' | 'teams';
  messenger: Messenger;
  /** Set when the channel listens on the HTTP server (Slack's Socket Mode does not). */
  routes?: string[];
  stop(): Promise<void>;
}

export type ChannelStarter = (ctx: ChannelContext) => Promise<RunningChannel>;
