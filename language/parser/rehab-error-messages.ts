import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import type { Language } from '../rules/profile-schema.js';
import { mistakeHint } from './mistake-hints.js';

/** The message language at the time of parsing (the editor's or the CLI's `--lang`). */
export type LanguageOf = () => Language;

// Syntax errors in a clinician's words: what was expected, what was found (or "the end of the file"),
// and for the lexer's unexpected characters, what to do about them. The default messages show token
// type names, character offsets and numbered lists of token sequences.

const WORDS = {
    en: {
        name: 'a name',
        number: 'a number',
        text: 'a "quoted text"',
        end: 'the end of the file',
        or: 'or',
        expecting: (what: string, found: string) => `Expecting ${what} but found ${found}`,
        unclosedBlock: ': a `{` is not closed',
        afterEnd: (found: string) =>
            `Unexpected ${found} after the end of the plan: a file holds one plan or one library, and imports go first.`,
        unclosedText: 'This text is not closed: add the closing `"` on the same line.',
        unclosedComment: 'This comment is not closed: end it with `*/`.',
        letter: (char: string) =>
            `Unexpected character '${char}': names use only the letters a-z, digits and '-'; write other text in quotes, e.g. "Tå-løft".`,
        character: (char: string) => `Unexpected character '${char}': remove it, or put the text in quotes.`
    },
    da: {
        name: 'et navn',
        number: 'et tal',
        text: 'en "tekst i anførselstegn"',
        end: 'slutningen af filen',
        or: 'eller',
        expecting: (what: string, found: string) => `Forventede ${what}, men fandt ${found}`,
        unclosedBlock: ': en `{` er ikke lukket',
        afterEnd: (found: string) =>
            `Uventet ${found} efter planens slutning: en fil må kun indeholde én plan eller ét bibliotek, og importer skal stå først.`,
        unclosedText: 'Teksten er ikke afsluttet: tilføj det afsluttende `"` på samme linje.',
        unclosedComment: 'Kommentaren er ikke afsluttet: afslut den med `*/`.',
        letter: (char: string) =>
            `Uventet tegn '${char}': navne må kun indeholde bogstaverne a-z, tal og '-'; skriv anden tekst i anførselstegn, fx "Tå-løft".`,
        character: (char: string) => `Uventet tegn '${char}': fjern det, eller sæt teksten i anførselstegn.`
    }
};

type Words = typeof WORDS.en;

/** How a token type reads in a message: keywords and punctuation as written, terminals by what they hold. */
function label(type: TokenType, w: Words): string {
    switch (type.name) {
        case 'ID':
            return w.name;
        case 'NUMBER':
            return w.number;
        case 'STRING':
            return w.text;
        case 'EOF':
            return w.end;
        default:
            return `\`${tokenWord(type)}\``;
    }
}

function found(token: IToken, w: Words): string {
    return token.tokenType?.name === 'EOF' || token.image === '' ? w.end : `\`${token.image}\``;
}

/** "a, b or c", each once, at most eight (a longer list helps nobody find the mistake). */
function oneOf(types: TokenType[], w: Words): string {
    const labels = [...new Set(types.map(t => label(t, w)))];
    const shown = labels.length > 8 ? [...labels.slice(0, 8), '…'] : labels;
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${w.or} ${shown[shown.length - 1]}`;
}

/** A token type as the word or sign it stands for (`times`, `}`), or its terminal name (`NUMBER`). */
function tokenWord(type: TokenType): string {
    return type.LABEL ?? type.name.replace(/:KW$/, '');
}

export class RehabParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly languageOf: LanguageOf) {
        super();
    }

    private get w(): Words {
        return WORDS[this.languageOf()];
    }

    override buildMismatchTokenMessage({
        expected,
        actual,
        previous,
        ruleName
    }: {
        expected: TokenType;
        actual: IToken;
        previous: IToken;
        ruleName: string;
    }): string {
        const hint = mistakeHint(ruleName, [tokenWord(expected)], actual, previous, this.languageOf());
        if (hint) return hint;
        const w = this.w;
        const unclosed = expected.name === '}' && found(actual, w) === w.end ? w.unclosedBlock : '';
        return `${w.expecting(label(expected, w), found(actual, w))}${unclosed}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return this.w.afterEnd(found(firstRedundant, this.w));
    }

    override buildNoViableAltMessage({
        expectedPathsPerAlt,
        actual,
        previous,
        ruleName
    }: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const first = expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0]).filter(Boolean));
        // The words the alternatives could not continue: `pain settle` rather than just `pain`.
        const line = actual
            .filter(t => t.tokenType?.name !== 'EOF')
            .slice(0, 2)
            .map(t => t.image)
            .join(' ');
        const hint = mistakeHint(ruleName, first.map(tokenWord), actual[0], previous, this.languageOf(), line);
        if (hint) return hint;
        return `${this.w.expecting(oneOf(first, this.w), found(actual[0], this.w))}.`;
    }

    override buildEarlyExitMessage({
        expectedIterationPaths,
        actual,
        previous,
        ruleName
    }: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const first = expectedIterationPaths.map(path => path[0]).filter(Boolean);
        const hint = mistakeHint(ruleName, first.map(tokenWord), actual[0], previous, this.languageOf());
        if (hint) return hint;
        return `${this.w.expecting(oneOf(first, this.w), found(actual[0], this.w))}.`;
    }
}

export class RehabLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    constructor(private readonly languageOf: LanguageOf) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const w = WORDS[this.languageOf()];
        const char = fullText.charAt(startOffset);
        if (char === '"') return w.unclosedText;
        if (char === '*' && fullText.charAt(startOffset - 1) === '/') return w.unclosedComment;
        return /[^\x20-\x7e]/.test(char) ? w.letter(char) : w.character(char);
    }
}
