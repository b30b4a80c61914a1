import { createCompletionParser, type LangiumCoreServices, type LangiumCompletionParser } from 'langium';

/**
 * Langium builds the completion parser (a second chevrotain parser over the whole grammar) when the completion
 * provider is created, which a language server does at start-up. First diagnostics never need it; it is built on
 * the first completion request instead.
 *
 * Symbol-keyed reads answer without building it: Langium's start-up walks every service and asks each whether it
 * is an injection proxy (a symbol), which built the parser at start after all (17 ms).
 */
export function lazyCompletionParser(
    services: LangiumCoreServices,
    create: (services: LangiumCoreServices) => LangiumCompletionParser = createCompletionParser
): LangiumCompletionParser {
    let parser: LangiumCompletionParser | undefined;
    const real = () => (parser ??= create(services));
    return new Proxy({} as LangiumCompletionParser, {
        get: (_target, property) => {
            if (typeof property === 'symbol') return undefined;
            const value = Reflect.get(real(), property) as unknown;
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real()) : value;
        }
    });
}
