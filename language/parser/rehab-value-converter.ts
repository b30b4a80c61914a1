import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** The spellings clinicians type, read as the canonical unit the rules and exports work in. */
const TIME_UNITS: Record<string, string> = {
    s: 's',
    sec: 's',
    second: 's',
    seconds: 's',
    min: 'min',
    mins: 'min',
    minute: 'min',
    minutes: 'min',
    h: 'h',
    hour: 'h',
    hours: 'h'
};

/** `a day` and `per day` are `daily`; a datatype rule's value is its tokens joined without spaces. */
const PER: Record<string, string> = {
    daily: 'daily',
    weekly: 'weekly',
    aday: 'daily',
    perday: 'daily',
    aweek: 'weekly',
    perweek: 'weekly'
};

/**
 * Canonical values for the datatype rules that accept several spellings, so every consumer of the AST (rules,
 * schedule, exports) sees `min` whether the plan says `min`, `mins` or `minutes`. The source text is untouched;
 * the formatter rewrites it to the canonical form (language/lsp/canonical-spellings.ts).
 */
export class RehabValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'TimeUnit':
            case 'Unit':
            case 'StepUnit':
                return TIME_UNITS[input] ?? input;
            case 'Per':
                return PER[input] ?? input;
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

/** The canonical spelling of a unit or frequency word, for the formatter. */
export function canonicalSpelling(word: string): string | undefined {
    return TIME_UNITS[word] ?? PER[word];
}
