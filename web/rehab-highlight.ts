import { StreamLanguage, type StringStream } from '@codemirror/language';

// Syntax colouring for the playground: comments, strings, numbers, rule ids and the words that open a
// statement. The language server does the real parsing; this only has to be quick and forgiving.

const KEYWORDS = new Set([
    'plan',
    'library',
    'import',
    'exercise',
    'condition',
    'language',
    'patient',
    'monitor',
    'stop',
    'when',
    'review',
    'phase',
    'weeks',
    'week',
    'do',
    'progress',
    'every',
    'until',
    'entry',
    'allow',
    'because',
    'rest',
    'avoid',
    'goal',
    'shoes',
    'on',
    'and',
    'or',
    'at',
    'most',
    'least',
    'within',
    'between',
    'times',
    'daily',
    'weekly',
    'tempo',
    'hold',
    'x',
    'red-flags',
    'none'
]);

interface State {
    comment: boolean;
}

export const rehabHighlight = StreamLanguage.define<State>({
    name: 'rehab',
    startState: () => ({ comment: false }),
    token(stream: StringStream, state: State): string | null {
        if (state.comment) {
            if (stream.skipTo('*/')) {
                stream.match('*/');
                state.comment = false;
            } else {
                stream.skipToEnd();
            }
            return 'blockComment';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'lineComment';
        }
        if (stream.match('/*')) {
            state.comment = true;
            return 'blockComment';
        }
        if (stream.match(/^"(\\.|[^"\\])*"?/)) return 'string';
        if (stream.match(/^(PF|RP)\d{3}\b/)) return 'labelName';
        if (stream.match(/^\d+(\.\d+)?/)) return 'number';
        const word = stream.match(/^[A-Za-z][A-Za-z0-9-]*/) as RegExpMatchArray | null;
        if (word) return KEYWORDS.has(word[0]) ? 'keyword' : 'variableName';
        stream.next();
        return 'operator';
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
});
