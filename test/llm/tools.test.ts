import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/core/conversation.js';
import { loadQuestionSets } from '../../src/core/plan/questions.js';
import { defaultRiskSettings } from '../../src/core/risk/index.js';
import { allTools, type ToolResult } from '../../src/llm/index.js';
import type { ToolContext } from '../../src/llm/tool.js';
import { ANNA, BEN, MARIA, turnFor } from './setup.js';

const context: ToolContext = { questionSets: () => loadQuestionSets('prompts'), risk: defaultRiskSettings };
const turns = new Map<string, { turn: Turn; close(): Promise<void> }>();

async function call(email: string, name: string, args: Record<string, unknown>): Promise<ToolResult> {
  const tool = allTools.find((t) => t.name === name);
  if (!tool) throw new Error(`no tool ${name}`);
  return tool.invoke(turns.get(email)!.turn, JSON.stringify(args), context);
}
const data = async (email: string, name: string, args: Record<string, unknown>) => (await call(email, name, args)).data as Record<string, unknown>;

describe('the tools, run as the asking user', () => {
  beforeAll(async () => {
    for (const email of [ANNA, BEN, MARIA]) turns.set(email, await turnFor(email));
  });
  afterAll(async () => {
    for (const t of turns.values()) await t.close();
  });

  it('search_accounts without a filter lists only what the user covers', async () => {
    const found = await data(BEN, 'search_accounts', { query: null, tier: null, owner: null });
    expect(found.count).toBe(5);
    expect((found.accounts as { id: string }[]).map((a) => a.id)).toEqual(['acc-fabrikam', 'acc-globex', 'acc-lamna', 'acc-northwind-logistics', 'acc-woodgrove']);
  });

  it('an account the user may not see is "not found", exactly like one that does not exist', async () => {
    for (const ref of ['acc-initech', 'Initech', 'acc-acme']) {
      for (const tool of ['account_overview', 'account_health', 'account_contacts', 'account_activities', 'transactions_summary', 'plan_answers']) {
        const hidden = await call(BEN, tool, { account: ref, role: null, types: null, since: null, limit: null, from: null, to: null, category: null });
        const missing = await call(BEN, tool, { account: 'Zzyzx Unheard Of', role: null, types: null, since: null, limit: null, from: null, to: null, category: null });
        expect(hidden).toEqual({ data: { error: 'not_found', account: ref }, sources: [] });
        expect({ ...(missing.data as object), account: ref }).toEqual(hidden.data);
      }
    }
    expect(await data(BEN, 'upcoming_dates', { days: null, account: 'Initech' })).toEqual({ error: 'not_found', account: 'Initech' });
  });

  it('account_overview gives the dated facts of the overview with their source', async () => {
    const result = await call(BEN, 'account_overview', { account: 'globex' });
    expect(result.data).toMatchObject({ id: 'acc-globex', arr: 2400000, currency: 'USD', renewal: '2027-09-30', daysToRenewal: 309, lastQbr: '2026-10-14', nextQbr: '2027-01-20', owner: 'Ben Carter' });
    expect(result.sources[0].ref).toBe('demo/accounts.csv › owner_email, tier, arr, renewal_date, last_qbr_date, next_qbr_date, nps, notes');
    expect(result.accountId).toBe('acc-globex');
  });

  it('account_activities filters by type, newest first, with dates', async () => {
    const found = await data(BEN, 'account_activities', { account: 'Northwind Logistics', types: ['escalation', 'complaint'], since: '2026-09-01', limit: null });
    expect(found.activities).toEqual([
      { date: '2026-11-12', type: 'complaint', summary: 'Complaint from Lars Jansen: invoice errors on October shipments' },
      { date: '2026-10-13', type: 'escalation', summary: 'Escalation from Eva de Vries (COO): service credits demanded before renewal talks' },
      { date: '2026-09-22', type: 'complaint', summary: 'Complaint: damaged pallets on two shipments, claim filed' },
    ]);
  });

  it('transactions_summary compares the period with the one before and reads the ordering rhythm', async () => {
    const found = await data(BEN, 'transactions_summary', { account: 'globex', from: null, to: null });
    expect(found).toMatchObject({ period: { from: '2025-11-26', until: '2026-11-25' }, total: 2460033.54, orders: 145, changePct: 17, rhythm: { status: 'on-rhythm', lastOrder: { date: '2026-11-23', amount: 20582.45 } } });
    expect(Object.keys(found.byMonth as object)).toHaveLength(13);
  });

  it('account_health explains the score in the user\'s language', async () => {
    const found = await data(ANNA, 'account_health', { account: 'initech' });
    expect(found).toMatchObject({ score: 44, band: 'at_risk', mainReasons: ['recency', 'trend', 'qbr'] });
    expect(JSON.stringify(found.signals)).toContain('Orędownik Peter Gibbs odszedł z firmy');
  });

  it('at_risk_accounts and upcoming_dates cover the user\'s portfolio only', async () => {
    const atRisk = await data(MARIA, 'at_risk_accounts', { includeWatch: null });
    expect((atRisk.accounts as { id: string }[]).map((a) => a.id)).toEqual(['acc-woodgrove', 'acc-initech']);
    const anna = await data(ANNA, 'at_risk_accounts', { includeWatch: null });
    expect((anna.accounts as { id: string }[]).map((a) => a.id)).toEqual(['acc-initech']);
    const upcoming = await data(BEN, 'upcoming_dates', { days: 60, account: null });
    expect((upcoming.items as { date: string; what: string; id: string }[]).map((i) => `${i.date} ${i.what} ${i.id}`)).toEqual([
      '2026-12-03 qbr_booked acc-northwind-logistics',
      '2026-12-27 renewal acc-northwind-logistics',
      '2027-01-20 qbr_booked acc-globex',
    ]);
  });

  it('plan_answers reports an empty plan as empty', async () => {
    expect(await data(BEN, 'plan_answers', { account: 'globex', category: null })).toMatchObject({ completeness: 0, answered: 0, questions: 57, unanswered: 57, categories: [], openItems: [] });
  });

  it('bad arguments come back as data the model can correct', async () => {
    expect(await data(BEN, 'transactions_summary', { account: 'globex', from: 'last spring', to: null })).toEqual({ error: 'bad_arguments', detail: 'from: a date as YYYY-MM-DD' });
    expect((await allTools[0].invoke(turns.get(BEN)!.turn, '{not json', context)).data).toEqual({ error: 'bad_arguments', detail: 'arguments must be a JSON object' });
  });

  it('declares strict schemas whose fields are all required (optional ones nullable), without $schema', () => {
    for (const tool of allTools) {
      const params = tool.definition.function.parameters as { properties: object; required: string[]; $schema?: string; additionalProperties: boolean };
      expect(tool.definition.function.strict).toBe(true);
      expect(params.$schema).toBeUndefined();
      expect(params.additionalProperties).toBe(false);
      expect(params.required.sort()).toEqual(Object.keys(params.properties).sort());
    }
    expect(new Set(allTools.map((t) => t.name)).size).toBe(allTools.length);
  });
});
