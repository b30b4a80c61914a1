import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

// Syntax errors in a clinician's words: what was expected, what was found (or "the end of the file"),
// and for the lexer's unexpected characters, what to do about them. The default messages show token
// type names, character offsets and numbered lists of token sequences.

/** How a token type reads in a message: keywords and punctuation as written, terminals by what they hold. */
function label(type: TokenType): string {
    switch (type.name) {
        case 'ID': return 'a name';
        case 'NUMBER': return 'a number';
        case 'STRING': return 'a "quoted text"';
        case 'EOF': return 'the end of the file';
        default: return `\`${type.LABEL ?? type.name.replace(/:KW$/, '')}\``;
    }
}

function found(token: IToken): string {
    return token.tokenType?.name === 'EOF' || token.image === '' ? 'the end of the file' : `\`${token.image}\``;
}

/** "a, b or c", each once, at most eight (a longer list helps nobody find the mistake). */
function oneOf(types: TokenType[]): string {
    const labels = [...new Set(types.map(label))];
    const shown = labels.length > 8 ? [...labels.slice(0, 8), '…'] : labels;
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

export class RehabParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const unclosed = expected.name === '}' && found(actual) === 'the end of the file' ? ': a `{` is not closed' : '';
        return `Expecting ${label(expected)} but found ${found(actual)}${unclosed}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Unexpected ${found(firstRedundant)} after the end of the plan: a file holds one plan or one library, and imports go first.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const first = expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0]).filter(Boolean));
        return `Expecting ${oneOf(first)} but found ${found(actual[0])}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const first = expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return `Expecting ${oneOf(first)} but found ${found(actual[0])}.`;
    }
}

export class RehabLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const char = fullText.charAt(startOffset);
        if (char === '"') return 'This text is not closed: add the closing `"` on the same line.';
        if (char === '*' && fullText.charAt(startOffset - 1) === '/') return 'This comment is not closed: end it with `*/`.';
        if (/[^\x20-\x7e]/.test(char)) {
            return `Unexpected character '${char}': names use only the letters a-z, digits and '-'; write other text in quotes, e.g. "Tå-løft".`;
        }
        return `Unexpected character '${char}': remove it, or put the text in quotes.`;
    }
}
