// Rebuilds resources/lead-rules.json from resources/lead-departments.csv (the source of truth) with the domain's pure
// parser. Run after editing the CSV: node_modules/.bin/tsx scripts/build-lead-rules.ts
// src/domain/departments/lead-rules.test.ts fails while the two files disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLeadRulesCsv } from '../src/domain/departments/lead-rules';

const csvPath = new URL('../resources/lead-departments.csv', import.meta.url);
const jsonPath = new URL('../resources/lead-rules.json', import.meta.url);
const rules = parseLeadRulesCsv(readFileSync(csvPath, 'utf8'));
const doc = {
  about:
    'Generated from resources/lead-departments.csv by scripts/build-lead-rules.ts; edit the CSV, not this file.',
  rules,
};
writeFileSync(jsonPath, `${JSON.stringify(doc, null, 1)}\n`);
process.stdout.write(`resources/lead-rules.json: ${rules.length} rules\n`);
