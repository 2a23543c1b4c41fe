// The rule registries: how a decision is taken, what every rule must be, and docs/extractor.md
// listing them all in order. Regenerate the doc's list with
//   UPDATE_DOCS=1 npx vitest run test/unit/extractor/rules/registry.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_RULES } from '../../../../functions/extractor/rules/kind.js';
import { METRIC_RULES } from '../../../../functions/extractor/rules/metric.js';
import { PERIOD_RULES } from '../../../../functions/extractor/rules/period.js';
import { QUALIFIER_RULES } from '../../../../functions/extractor/rules/qualifier.js';
import { decide, rule, type Rule } from '../../../../functions/extractor/rules/registry.js';
import { SOURCE_RULES } from '../../../../functions/extractor/rules/source.js';
import { SUBJECT_RULES } from '../../../../functions/extractor/rules/subject.js';
import { EXPLICIT_PERIOD_RULES } from '../../../../functions/extractor/stages/discourse.js';

/** In the order a figure's attributes are decided (stages/read.ts). */
const REGISTRIES: ReadonlyArray<{ attribute: string; file: string; name: string; rules: ReadonlyArray<Rule<never, unknown>> }> = [
  { attribute: 'metric', file: 'rules/metric.ts', name: 'METRIC_RULES', rules: METRIC_RULES },
  { attribute: 'kind', file: 'rules/kind.ts', name: 'KIND_RULES', rules: KIND_RULES },
  { attribute: 'qualifier', file: 'rules/qualifier.ts', name: 'QUALIFIER_RULES', rules: QUALIFIER_RULES },
  { attribute: 'source', file: 'rules/source.ts', name: 'SOURCE_RULES', rules: SOURCE_RULES },
  { attribute: 'subject', file: 'rules/subject.ts', name: 'SUBJECT_RULES', rules: SUBJECT_RULES },
  { attribute: 'period', file: 'rules/period.ts', name: 'PERIOD_RULES', rules: PERIOD_RULES },
];
const ALL = REGISTRIES.flatMap((r) => r.rules);

const DOC = 'docs/extractor.md';
const BEGIN = '<!-- rules: generated from the registries by test/unit/extractor/rules/registry.test.ts -->';
const END = '<!-- rules: end -->';

/** The doc's list of rules, as the registries give it. */
function rulesSection(): string {
  const lists = REGISTRIES.map(({ attribute, file, name, rules }) =>
    [`**${attribute}** — \`${file}\`, \`${name}\`:`, ...rules.map((r, i) => `${i + 1}. \`${r.name}\` — ${r.reads}`)].join('\n'),
  );
  return [BEGIN, ...lists, END].join('\n\n');
}

/** Every rule name written in the extractor's source ('period.dayGoesOn'), registries or not. */
function ruleNamesInSource(): Set<string> {
  const root = 'functions/extractor';
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const names = files.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/'((?:subject|metric|period|qualifier|kind|source)\.[a-zA-Z]+)'/g)].map((m) => m[1]!));
  return new Set(names);
}

describe('decide', () => {
  const rules = [
    rule<number, string>('test.never', 'never applies', () => null),
    rule<number, string>('test.small', 'a number below ten', (n) => (n < 10 ? { value: 'small', span: { start: 0, end: n } } : null)),
    rule<number, string>('test.any', 'any number', (n) => ({ value: 'any', span: { start: 1, end: n } })),
  ];

  it('takes the first rule that applies, with its name and the words it read', () => {
    expect(decide(rules, 3)).toEqual({ value: 'small', rule: 'test.small', span: { start: 0, end: 3 } });
    expect(decide(rules, 30)).toEqual({ value: 'any', rule: 'test.any', span: { start: 1, end: 30 } });
  });

  it('gives null when no rule applies', () => {
    expect(decide(rules.slice(0, 2), 30)).toBeNull();
  });

  it('keeps a production whose value is null (a rule deciding that a number is no claim)', () => {
    const no = [rule<number, string | null>('test.no', 'decides no claim', () => ({ value: null, span: { start: 0, end: 0 } }))];
    expect(decide(no, 1)).toEqual({ value: null, rule: 'test.no', span: { start: 0, end: 0 } });
  });
});

describe('the registries', () => {
  it('name every rule once, after the attribute it decides, with a one-line description', () => {
    const names = ALL.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { attribute, rules } of REGISTRIES) {
      for (const r of rules) {
        expect(r.name).toMatch(new RegExp(`^${attribute}\\.[a-z][a-zA-Z]+$`));
        expect(r.reads.trim()).not.toBe('');
        expect(r.reads).not.toMatch(/\n/);
      }
    }
  });

  it('end in a rule that always applies wherever a claim needs a value (stages/read.ts relies on it)', () => {
    expect(QUALIFIER_RULES.at(-1)!.name).toBe('qualifier.exact');
    expect(SOURCE_RULES.at(-1)!.name).toBe('source.unknown');
    expect(SUBJECT_RULES.at(-1)!.name).toBe('subject.unknown');
    expect(PERIOD_RULES.at(-1)!.name).toBe('period.updateDay');
  });

  it('keep in force only periods that period rules read', () => {
    const periodRules = new Set(PERIOD_RULES.map((r) => r.name));
    for (const name of EXPLICIT_PERIOD_RULES) expect(periodRules).toContain(name);
  });
});

describe(DOC, () => {
  it('lists every registry rule in order, as the registries describe it', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [from, to] = [doc.indexOf(BEGIN), doc.indexOf(END)];
    expect(from, `${DOC} has no generated rules section`).toBeGreaterThanOrEqual(0);
    const section = rulesSection();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc.slice(0, from) + section + doc.slice(to + END.length));
    else expect(doc.slice(from, to + END.length), 'the rule list is stale: regenerate it with UPDATE_DOCS=1 npx vitest run test/unit/extractor/rules/registry.test.ts').toBe(section);
  });

  it('names the rules that decide outside the registries too (discourse patches, list senses), and no rule that is gone', () => {
    const doc = readFileSync(DOC, 'utf8');
    const inSource = ruleNamesInSource();
    for (const name of inSource) expect(doc, `${name} is missing from ${DOC}`).toContain(`\`${name}\``);
    const inDoc = [...doc.matchAll(/`((?:subject|metric|period|qualifier|kind|source)\.[a-zA-Z]+)`/g)].map((m) => m[1]!);
    for (const name of inDoc) expect(inSource, `${DOC} names ${name}, which the extractor no longer has`).toContain(name);
  });
});
