import {
    DefaultLangiumDocumentFactory,
    type AstNode,
    type Cancellation,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type ParseResult,
    type URI
} from 'langium';
import { reparseChangedMember } from './incremental-parse.js';

/** How many re-parses took the incremental path; the benchmark reports the share. */
export interface ParseCounts {
    incremental: number;
    full: number;
}

/**
 * Langium's document factory, except that a changed document first tries to re-parse only the member the edit
 * falls into ({@link reparseChangedMember}); the full parse stays the fallback.
 */
export class RehabDocumentFactory extends DefaultLangiumDocumentFactory {
    readonly counts: ParseCounts = { incremental: 0, full: 0 };
    /** The parse each document had when its update began, by URI: updates of several documents may interleave. */
    private readonly previous = new Map<string, ParseResult<AstNode>>();
    /** Parse results that reuse members of the previous tree. */
    private readonly reusing = new WeakSet<ParseResult<AstNode>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(
        document: LangiumDocument<T>,
        cancellationToken: Cancellation.CancellationToken
    ): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            const updated = await super.update(document, cancellationToken);
            // The builder unlinked the document before this update; a request still running could have resolved a
            // name in a reused member since, against the previous tree. Such a link must not survive the edit.
            if (this.reusing.has(updated.parseResult)) this.serviceRegistry.getServices(document.uri).references.Linker.unlink(updated);
            return updated;
        } finally {
            this.previous.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(
        uri: URI,
        text: string,
        cancellationToken: Cancellation.CancellationToken
    ): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        if (previous) {
            const { LangiumParser, Lexer } = this.serviceRegistry.getServices(uri).parser;
            const result = reparseChangedMember({ parser: LangiumParser, lexer: Lexer }, previous, text);
            if (result) {
                this.counts.incremental++;
                this.reusing.add(result);
                return Promise.resolve(result as ParseResult<T>);
            }
        }
        this.counts.full++;
        return super.parseAsync(uri, text, cancellationToken);
    }
}
