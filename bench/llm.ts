/**
 * What a free question costs through the language model: round trips and prompt tokens
 * per question, for typical questions on the demo portfolio, with the real openai client
 * against a scripted Chat Completions server on 127.0.0.1 that replays the model's turns
 * (first the tool calls a capable model makes for the question, then an answer of
 * typical length).
 *
 * Prompt tokens are an ESTIMATE: characters ÷ 4 of the request body the client actually
 * sent, summed over the question's round trips (no tokenizer is involved; real BPE counts
 * for English JSON are usually within ±20% of it). The same estimate is applied to three
 * set-ups in the same run:
 *   - shipped: the tools the question's words call for, compact JSON tool results;
 *   - all tools: every tool schema on every request, compact JSON;
 *   - naive: every tool schema, tool results as indented JSON.
 *
 * Run: npm run bench:llm
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Turn } from '../src/core/conversation.js';
import { allTools, createLlm, type LlmSettings } from '../src/llm/index.js';
import { readSystemPrompt, systemPromptFor } from '../src/llm/prompt.js';
import { toolsFor } from '../src/llm/tool-choice.js';
import { estimateTokens } from '../src/llm/usage.js';
import { fakeOpenAi, hasToolResults, type Scripted } from '../test/llm/fake-openai.js';
import { ANNA, BEN, CHLOE, MARIA, testSettings, turnFor } from '../test/llm/setup.js';

interface Case {
  as: string;
  question: string;
  /** The tools a capable model calls for this question, in one round. */
  calls: { name: string; args: Record<string, unknown> }[];
  /** An answer of typical length. */
  answer: string;
}

const TARGET_ROUND_TRIPS = 2;
const TARGET_PROMPT_TOKENS = 2_500;

const cases: Case[] = [
  {
    as: BEN,
    question: 'What should I bring up with Globex next time we talk?',
    calls: [
      { name: 'account_activities', args: { account: 'Globex', types: null, since: null, limit: null } },
      { name: 'account_overview', args: { account: 'Globex' } },
    ],
    answer: 'Three things: the EU plant rollout agreed in principle at the QBR on 2026-10-14; the 2027 volume plan Margaret Olsen raised on the Cleveland visit on 2026-11-16; and the 2027 framework pricing you sent Priya Shah on 2026-09-11, which has had no reply on record. The renewal is on 2027-09-30, so there is time, but the pricing answer should come before the next QBR on 2027-01-20.',
  },
  {
    as: ANNA,
    question: 'o czym powinnam porozmawiać z Initech na następnym spotkaniu?',
    calls: [
      { name: 'account_activities', args: { account: 'Initech', types: ['complaint', 'escalation', 'ticket'], since: null, limit: null } },
      { name: 'account_health', args: { account: 'Initech' } },
    ],
    answer: 'Najpierw eskalacja z 2026-10-07: Michael Brandt mówi, że Initech ocenia dwóch innych dostawców przed odnowieniem 2027-01-09. Potem reklamacja Jonasa Webera z 2026-08-19 i nota kredytowa z 2026-09-02. Zamówienia ustały 21 lipca, a orędownik Peter Gibbs odszedł — warto zapytać, kto przejął jego rolę.',
  },
  {
    as: MARIA,
    question: 'which accounts should I worry about this month and why?',
    calls: [{ name: 'at_risk_accounts', args: { includeWatch: true } }],
    answer: 'Two are at risk: Woodgrove Energy (28/100) has not ordered since 2026-02-17 and nobody has spoken to a decision maker for 260 days; Initech (45/100) stopped ordering on 2026-07-21, revenue fell 66% and its QBR is 98 days overdue. On watch: Northwind Logistics and Contoso Pharma, both with escalations in October.',
  },
  {
    as: BEN,
    question: 'is Northwind Logistics ready for its renewal?',
    calls: [
      { name: 'account_health', args: { account: 'Northwind Logistics' } },
      { name: 'account_activities', args: { account: 'Northwind Logistics', types: ['complaint', 'escalation', 'ticket'], since: '2026-06-01', limit: null } },
    ],
    answer: 'Not yet. The renewal is on 2026-12-27, in 32 days, and the account is on watch: Eva de Vries (COO) demanded service credits on 2026-10-13, the damaged-pallet claim from 2026-09-22 was still open on 2026-11-05, and Lars Jansen complained about invoice errors on 2026-11-12. Settle the claim and the credits before the QBR on 2026-12-03.',
  },
  {
    as: CHLOE,
    question: "How has Contoso's buying changed this year, and who should I call about it?",
    calls: [
      { name: 'transactions_summary', args: { account: 'Contoso', from: '2026-01-01', to: null } },
      { name: 'account_contacts', args: { account: 'Contoso', role: null } },
    ],
    answer: 'Contoso Pharma has ordered steadily this year with no sharp drop on the period before; the risk is quality, not volume. Call Marco Rossi (QA Director), who escalated on 2026-10-30 and threatens to qualify another supplier, and keep the decision maker informed before the renewal on 2027-03-31.',
  },
  {
    as: BEN,
    question: 'Draft an agenda for the next Fabrikam QBR',
    calls: [
      { name: 'account_overview', args: { account: 'Fabrikam' } },
      { name: 'account_activities', args: { account: 'Fabrikam', types: null, since: null, limit: 8 } },
    ],
    answer: 'Agenda for the QBR on 2027-02-10: 1) results since the QBR of 2026-08-12 and the 12-month revenue; 2) open points from recent calls with Rachel Turner; 3) the 2027 forecast; 4) the renewal on 2027-05-15 and what Fabrikam needs to sign; 5) next steps and owners.',
  },
  {
    as: CHLOE,
    question: "Summarise what we know about Wide World Importers' plans",
    calls: [
      { name: 'plan_answers', args: { account: 'Wide World', category: null } },
      { name: 'account_overview', args: { account: 'Wide World' } },
    ],
    answer: 'The account plan for Wide World Importers has no answers yet. From the CRM: a trial on the Felixstowe route since June, ARR £120,000 and a first business review booked for 2026-12-08. Fill in the plan before that review.',
  },
];

interface Measured {
  roundTrips: number;
  promptTokens: number;
  ms: number;
  offered: number;
}

async function measure(settings: Partial<LlmSettings>, c: Case, turn: Turn): Promise<Measured> {
  const script = (body: Parameters<typeof hasToolResults>[0]): Scripted => (hasToolResults(body) ? { say: c.answer } : { call: c.calls });
  const fake = await fakeOpenAi(script);
  // Each question starts a conversation: no subject remembered from the one before.
  for (const key of Object.keys(turn.memory)) delete turn.memory[key];
  try {
    const llm = createLlm(testSettings(fake.baseURL, { timeoutMs: 30_000, ...settings }));
    const started = performance.now();
    const { outcome } = await llm.answer(turn, c.question);
    const ms = performance.now() - started;
    if (!outcome.ok) throw new Error(`"${c.question}" failed: ${outcome.failure.message}`);
    // The server's usage is chars/4 of each body it received; check the client reports the same.
    const estimate = fake.received.reduce((n, r) => n + Math.ceil(r.chars / 4), 0);
    if (estimate !== outcome.tokens.promptTokens) throw new Error(`usage mismatch: ${estimate} vs ${outcome.tokens.promptTokens}`);
    return { roundTrips: fake.received.length, promptTokens: estimate, ms, offered: fake.received[0].body.tools?.length ?? 0 };
  } finally {
    await fake.close();
  }
}

const setups: { name: string; settings: Partial<LlmSettings> }[] = [
  { name: 'shipped', settings: { toolChoice: 'relevant', json: 'compact' } },
  { name: 'all tools', settings: { toolChoice: 'all', json: 'compact' } },
  { name: 'naive', settings: { toolChoice: 'all', json: 'indented' } },
];

async function main(): Promise<void> {
  const turns = new Map<string, Awaited<ReturnType<typeof turnFor>>>();
  for (const email of new Set(cases.map((c) => c.as))) turns.set(email, await turnFor(email));
  try {
    // One untimed pass, so that loading and compiling code is not counted against the first set-up.
    await measure(setups[0].settings, cases[0], turns.get(cases[0].as)!.turn);
    const results = new Map<string, Measured[]>(setups.map((s) => [s.name, []]));
    // Interleaved, so that warming up favours no set-up.
    for (const c of cases) for (const s of setups) results.get(s.name)!.push(await measure(s.settings, c, turns.get(c.as)!.turn));

    const cpu = cpus();
    const schemaTokens = estimateTokens(JSON.stringify(allTools.map((t) => t.definition)));
    const promptTokens = estimateTokens(systemPromptFor(readSystemPrompt(), turns.get(BEN)!.turn));
    console.log(`# npm run bench:llm — ${new Date().toISOString().slice(0, 10)}, ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown cpu'}, Node ${process.version}`);
    console.log(`system prompt ≈ ${promptTokens} tokens; all ${allTools.length} tool schemas ≈ ${schemaTokens} tokens (estimates, chars/4)\n`);
    console.log(`| question | tools offered (shipped) | round trips | prompt tokens, shipped | all tools | naive | shipped ≤ ${TARGET_PROMPT_TOKENS} |`);
    console.log('|---|---|---|---|---|---|---|');
    cases.forEach((c, i) => {
      const [a, b, n] = setups.map((s) => results.get(s.name)![i]);
      console.log(`| ${c.question} | ${a.offered} of ${allTools.length} | ${a.roundTrips} | ${a.promptTokens} | ${b.promptTokens} | ${n.promptTokens} | ${a.promptTokens <= TARGET_PROMPT_TOKENS && a.roundTrips <= TARGET_ROUND_TRIPS ? 'yes' : 'no'} |`);
    });
    const summary = (name: string) => {
      const list = results.get(name)!;
      const tokens = list.map((m) => m.promptTokens).sort((x, y) => x - y);
      const mean = Math.round(tokens.reduce((s, x) => s + x, 0) / tokens.length);
      const ms = list.map((m) => m.ms).sort((x, y) => x - y);
      return `${name}: median ${tokens[Math.floor(tokens.length / 2)]}, mean ${mean}, max ${tokens.at(-1)} prompt tokens; max ${Math.max(...list.map((m) => m.roundTrips))} round trips; median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms per question against the local server`;
    };
    console.log('');
    for (const s of setups) console.log(`- ${summary(s.name)}`);
    const relevant = cases.map((c) => toolsFor(c.question, allTools, 'relevant').length);
    console.log(`- tools offered by the shipped set-up: ${Math.min(...relevant)}–${Math.max(...relevant)} of ${allTools.length}`);
  } finally {
    for (const t of turns.values()) await t.close();
  }
}

await main();
