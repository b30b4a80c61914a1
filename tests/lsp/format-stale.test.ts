// A format request that arrives after an edit reached the text but before the rebuild (the playground's CI failure:
// "Position 73 is out of range for changeset of length 44") must format the text as it is now.
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { createRehabServices } from '../../language/rehab-module.js';

describe('formatting between an edit and its rebuild', () => {
    test('formats the current text, not the tree of the text before the edit', async () => {
        const { shared, Rehab } = createRehabServices(EmptyFileSystem);
        const uri = URI.parse('file:///stale/p.rehab');
        const texts = shared.workspace.TextDocuments;
        texts.set(
            TextDocument.create(
                uri.toString(),
                'rehab',
                1,
                'plan long {\n    phase a weeks 1-4 {\n        do heel-raise 3 x 10 reps, every other day\n    }\n}\n'
            )
        );
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(texts.get(uri)!, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        // The editor's change arrives; the rebuild has not run yet.
        texts.set(TextDocument.create(uri.toString(), 'rehab', 2, 'plan   tidy {\ncondition plantar-fasciitis\n}\n'));
        const edits = await Rehab.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: uri.toString() },
            options: { tabSize: 4, insertSpaces: true }
        });
        const formatted = TextDocument.applyEdits(texts.get(uri)!, edits);
        expect(formatted).toBe('plan tidy {\n    condition plantar-fasciitis\n}\n');
    });

    test('also when the open text document was updated in place, as the language server updates it', async () => {
        const { shared, Rehab } = createRehabServices(EmptyFileSystem);
        const uri = URI.parse('file:///stale/in-place.rehab');
        const texts = shared.workspace.TextDocuments;
        texts.set(
            TextDocument.create(uri.toString(), 'rehab', 1, 'plan long {\n    phase a weeks 1-4 {\n        do walk 10 min\n    }\n}\n')
        );
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(texts.get(uri)!, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        // The same object the document holds changes: its version and the document's are then always equal.
        TextDocument.update(texts.get(uri)!, [{ text: 'plan   tidy {\ncondition plantar-fasciitis\n}\n' }], 2);
        const edits = await Rehab.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: uri.toString() },
            options: { tabSize: 4, insertSpaces: true }
        });
        expect(TextDocument.applyEdits(texts.get(uri)!, edits)).toBe('plan tidy {\n    condition plantar-fasciitis\n}\n');
    });
});
