import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/** The shape of an identifier; keywords of this shape are also names (`phase run`, `do walk`). */
const WORD = /^[a-zA-Z][a-zA-Z0-9-]*$/;

/**
 * Every word-like keyword is lexed as its own token but belongs to the `ID` token category, so the
 * grammar's `Name` can be just `ID` and still accept keywords as names. Listing ~110 keywords as
 * alternatives of `Name` instead made every name a 110-way choice, which dominated parse time and
 * allocation on large plans; a category match is a single table lookup in the parser's prediction.
 */
export class RehabTokenBuilder extends DefaultTokenBuilder {
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        const id = terminalTokens.find(t => t.name === 'ID');
        if (id && WORD.test(keyword.value)) token.CATEGORIES = [id];
        return token;
    }
}
