import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { closeSuggestion } from '../words/suggest.js';
import type { LanguageSetting, RedFlags, RehabAstType } from '../generated/ast.js';
import { phrase, phrases } from '../rules/message-phrases.js';
import { RuleFamily } from './rule-family.js';

/** LANGUAGE.md's red flags, from the guide's "seek rapid assessment" list. */
export const RED_FLAGS = [
    'trauma',
    'swelling',
    'fever',
    'wound',
    'numbness',
    'weakness',
    'night-pain',
    'bilateral-with-back-pain',
    'sudden-severe-pain',
    'warmth',
    'redness'
] as const;

const LANGUAGES = ['en', 'da'];

/**
 * RP006 for words with a fixed set of values. The grammar takes any name there so that a typo is a
 * clear message at the word, not a parse error that loses the rest of the block.
 */
export class GenericWordsValidator extends RuleFamily {
    checks(): ValidationChecks<RehabAstType> {
        return {
            LanguageSetting: this.checkLanguageIsEnglishOrDanish,
            RedFlags: this.checkRedFlagsAreKnownWords
        };
    }

    checkLanguageIsEnglishOrDanish(setting: LanguageSetting, accept: ValidationAcceptor): void {
        if (setting.code && !LANGUAGES.includes(setting.code)) {
            this.report(accept, 'RP006', {
                node: setting,
                property: 'code',
                args: { what: phrase('The language'), value: `'${setting.code}'`, range: phrase('write `language en` or `language da`') }
            });
        }
    }

    checkRedFlagsAreKnownWords(redFlags: RedFlags, accept: ValidationAcceptor): void {
        redFlags.flags.forEach((flag, index) => {
            if (flag === 'none') {
                this.report(accept, 'RP006', {
                    node: redFlags,
                    property: 'flags',
                    index,
                    args: {
                        what: phrase('Red flag'),
                        value: "'none'",
                        range: phrase('write `red-flags none` alone, or list only the flags found')
                    }
                });
            } else if (!(RED_FLAGS as readonly string[]).includes(flag)) {
                this.report(accept, 'RP006', {
                    node: redFlags,
                    property: 'flags',
                    index,
                    args: {
                        what: phrase('Red flag'),
                        value: `'${flag}'`,
                        range: phrases.unknownRedFlag(closeSuggestion(flag, RED_FLAGS), RED_FLAGS)
                    }
                });
            }
        });
    }
}
