import {
    DefaultLexer,
    DefaultTokenBuilder,
    type GrammarAST,
    type LangiumCoreServices,
    type LexerResult,
    type TokenizeOptions
} from 'langium';
import { Lexer, type TokenType } from 'chevrotain';

/** The shape of an identifier; keywords of this shape are also names (`phase run`, `do walk`). */
const WORD = /^[a-zA-Z][a-zA-Z0-9-]*$/;

/**
 * Every word-like keyword belongs to the `ID` token category, so the grammar's `Name` can be just `ID` and still
 * accept keywords as names (a 110-way choice of keywords in `Name` dominated parse time on large plans).
 *
 * The lexer does not try the ~110 word keywords one by one either: their patterns are `Lexer.NA`, every word is
 * lexed as `ID`, and {@link RehabLexer} gives a word that is a keyword its keyword type with one map lookup. The
 * tokens are the same as when each keyword is a pattern with `ID` as its longer alternative: a keyword only ever
 * matched when the whole word was the keyword.
 */
export class RehabTokenBuilder extends DefaultTokenBuilder {
    /** Word keywords by their text, for retyping `ID` tokens. */
    readonly wordKeywords = new Map<string, TokenType>();

    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        const id = terminalTokens.find(t => t.name === 'ID');
        if (id && WORD.test(keyword.value) && !caseInsensitive) {
            token.CATEGORIES = [id];
            token.PATTERN = Lexer.NA;
            delete token.LONGER_ALT;
            this.wordKeywords.set(keyword.value, token);
        }
        return token;
    }
}

/** Lexes words as `ID` and retypes those that are keywords (see {@link RehabTokenBuilder}). */
export class RehabLexer extends DefaultLexer {
    private readonly keywords: ReadonlyMap<string, TokenType>;
    private readonly idType?: TokenType;

    constructor(services: LangiumCoreServices) {
        super(services);
        const builder = services.parser.TokenBuilder as RehabTokenBuilder;
        this.keywords = builder.wordKeywords ?? new Map();
        this.idType = this.definition.ID;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const id = this.idType;
        if (!id) return result;
        for (const token of result.tokens) {
            if (token.tokenType !== id) continue;
            const keyword = this.keywords.get(token.image);
            if (keyword) {
                token.tokenType = keyword;
                token.tokenTypeIdx = keyword.tokenTypeIdx!;
            }
        }
        return result;
    }
}
