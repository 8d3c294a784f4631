// Rebuilds data/lead-rules.json from data/lead-departments.csv (the source of truth) with the domain's pure
// parser. Run after editing the CSV: node_modules/.bin/tsx scripts/build-lead-rules.ts
// src/domain/departments/lead-rules.test.ts fails while the two files disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLeadRulesCsv } from '../src/domain/departments/lead-rules';

const csvPath = new URL('../data/lead-departments.csv', import.meta.url);
const jsonPath = new URL('../data/lead-rules.json', import.meta.url);
const rules = parseLeadRulesCsv(readFileSync(csvPath, 'utf8'));
const doc = {
  about:
    'Generated from data/lead-departments.csv by scripts/build-lead-rules.ts; edit the CSV, not this file.',
  rules,
};
writeFileSync(jsonPath, `${JSON.stringify(doc, null, 1)}\n`);
process.stdout.write(`data/lead-rules.json: ${rules.length} rules\n`);
