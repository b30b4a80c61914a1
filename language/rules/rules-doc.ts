import type { RuleDefinition, RuleProfile } from './profile-schema.js';
import type { RuleCatalogue } from './rule-catalogue.js';

/**
 * docs/rules.md, rendered from the rule profiles alone: the page cannot drift from what the checks
 * report, and a test fails when the committed file is stale (`npm run docs:rules` rewrites it).
 */
/** Where each rule is checked and tested (found by scripts/rule-locations.ts, which may read the file system). */
export interface RuleLocations {
    checkedIn: ReadonlyMap<string, string>;
    testedIn: ReadonlyMap<string, readonly string[]>;
}

export function renderRulesDoc(catalogue: RuleCatalogue | { profiles: readonly RuleProfile[] }, locations?: RuleLocations): string {
    const lines: string[] = [
        '# Rules',
        '',
        '<!-- Generated from language/rules/profiles/*.profile.json by `npm run docs:rules`. Do not edit by hand. -->',
        '',
        'Every diagnostic carries its rule id as its `code`. Any warning or error can be answered in a plan or a phase with',
        '`allow RULE because "…"`; the reason is kept in the compiled plan. A project can change any rule\'s severity in',
        '`rehab.config.json` beside its plans, e.g. `{ "rules": { "PF037": "off", "PF021": "warning" } }`',
        '(severities: `error`, `warning`, `info`, `hint`, `off`).',
        ''
    ];
    for (const profile of catalogue.profiles) lines.push(...renderProfile(profile, locations));
    return lines.join('\n');
}

function renderProfile(profile: RuleProfile, locations: RuleLocations | undefined): string[] {
    const lines = [`## ${profile.title.en}`, ''];
    lines.push(
        profile.condition
            ? `Applies to plans with \`condition ${profile.condition}\`${profile.guide ? `; guide: \`${profile.guide}\`` : ''}.`
            : 'Applies to every plan.'
    );
    lines.push('');
    const guided = profile.rules.some(r => r.section || r.quote);
    const header = [
        'id',
        'severity',
        'fires when',
        ...(guided ? ['guide'] : []),
        'quick fix',
        ...(locations ? ['checked in', 'tested in'] : [])
    ];
    lines.push(`| ${header.join(' | ')} |`);
    lines.push(`| ${header.map(() => '---').join(' | ')} |`);
    for (const rule of profile.rules) {
        const cells = [`\`${rule.id}\``, severities(rule), cell(rule.when.en)];
        if (guided) cells.push(rule.section ? `«${cell(rule.section)}»${rule.quote ? `: “${cell(rule.quote)}”` : ''}` : '');
        cells.push(rule.fix ? cell(rule.fix.en) : '—');
        if (locations) {
            const checked = locations.checkedIn.get(rule.id);
            const tested = locations.testedIn.get(rule.id) ?? [];
            cells.push(
                checked ? `\`${checked.split('/').pop()}\`` : '—',
                tested.length ? tested.map(t => `\`${t.split('/').pop()}\``).join(', ') : '—'
            );
        }
        lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
    return lines;
}

/** The rule's severity, and those of its variants when they differ (PF011: warning, error when high). */
function severities(rule: RuleDefinition): string {
    const extra = Object.entries(rule.variants ?? {})
        .filter(([, v]) => v.severity !== rule.severity)
        .map(([name, v]) => `${v.severity} (${name})`);
    return [rule.severity, ...extra].join(', ');
}

/** Table cells hold no pipes or line breaks. */
function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
