// Writes docs/rules.md from the rule profiles: `npm run docs:rules`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleCatalogue } from '../language/rules/rule-catalogue.js';
import { renderRulesDoc } from '../language/rules/rules-doc.js';
import { ruleLocations } from './rule-locations.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc(new RuleCatalogue(), ruleLocations()));
console.log(`Wrote ${target}`);
