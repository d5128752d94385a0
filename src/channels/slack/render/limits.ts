/**
 * Slack's Block Kit limits that the renderer keeps to. Numbers from
 * shared/fixtures/slack-block-kit-limits/block-kit-limits.json (each cites its page);
 * the button and action_id limits are from Slack's button element reference.
 * Going over any of them makes the Web API refuse the whole message.
 */
export const limits = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Not listed separately for context elements; the text object's section limit is the safe reading. */
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Slack truncates past 40,000; the fallback is only read in notifications, so it is kept short. */
  fallbackText: 3000,
} as const;

/**
 * How many messages one reply may become before the rest is summarised. A
 * response_url accepts five posts, and more than a few messages is noise in a channel.
 */
export const MAX_MESSAGES_PER_REPLY = 3;
