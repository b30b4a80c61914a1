import { createCompletionParser, type LangiumCoreServices, type LangiumCompletionParser } from 'langium';

/**
 * Langium builds the completion parser (a second chevrotain parser over the whole grammar) when the completion
 * provider is created, which a language server does at start-up. First diagnostics never need it; it is built on
 * the first completion request instead.
 */
export function lazyCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    let parser: LangiumCompletionParser | undefined;
    const real = () => (parser ??= createCompletionParser(services));
    return new Proxy({} as LangiumCompletionParser, {
        get: (_target, property) => {
            const value = Reflect.get(real(), property) as unknown;
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real()) : value;
        }
    });
}
