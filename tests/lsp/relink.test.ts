// An edit relinks and revalidates only what it can affect: the edited plan, and the plans that import an edited
// library. Plans with unknown exercises elsewhere in the workspace stay as they were (Langium's default relinks
// every document with an unresolved reference on every change).
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { createRehabServices } from '../../language/rehab-module.js';

describe('relinking after an edit', () => {
    const { shared } = createRehabServices(EmptyFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    const texts = shared.workspace.TextDocuments;

    let version = 1;
    /** Opens a file as the editor would: the text lives in the open text documents, the builder reads it there. */
    function open(name: string, text: string): LangiumDocument {
        const uri = URI.parse(`file:///relink/${name}`);
        texts.set(TextDocument.create(uri.toString(), 'rehab', version++, text));
        const existing = documents.getDocument(uri);
        if (existing) return existing;
        const doc = shared.workspace.LangiumDocumentFactory.fromTextDocument(texts.get(uri)!, uri);
        documents.addDocument(doc);
        return doc;
    }

    async function validatedBy(change: () => Promise<void>): Promise<string[]> {
        const seen: string[] = [];
        const listener = builder.onBuildPhase(DocumentState.Validated, built => {
            seen.push(...built.map(d => d.uri.path.split('/').pop()!));
        });
        try {
            await change();
        } finally {
            listener.dispose();
        }
        return seen.sort();
    }

    test('twenty broken plans are not revalidated when another plan changes; an imported library still is followed', async () => {
        const library = open('clinic.rehab', 'library clinic { exercise roll { kind modality } }\n');
        const broken = Array.from({ length: 20 }, (_, i) =>
            open(`broken-${i}.rehab`, `plan b${i} { phase a weeks 1-2 { do nothing-known-${i} 10 min } }\n`)
        );
        const importer = open('importer.rehab', 'import "clinic.rehab"\nplan imp { phase a weeks 1-2 { do roll 10 min } }\n');
        const edited = open('edited.rehab', 'plan e { phase a weeks 1-2 { do walk 10 min } }\n');
        await builder.build([library, ...broken, importer, edited], { validation: true });
        expect(broken.every(d => d.state === DocumentState.Validated)).toBe(true);

        // An edit of one plan: only that plan is rebuilt.
        const afterPlanEdit = await validatedBy(async () => {
            open('edited.rehab', 'plan e { phase a weeks 1-3 { do walk 10 min } }\n');
            await builder.update([edited.uri], []);
        });
        expect(afterPlanEdit).toEqual(['edited.rehab']);

        // An edit of the library: the plan that imports it is relinked and revalidated too.
        const afterLibraryEdit = await validatedBy(async () => {
            open('clinic.rehab', 'library clinic { exercise roller { kind modality } }\n');
            await builder.update([library.uri], []);
        });
        expect(afterLibraryEdit).toContain('importer.rehab');
        expect(afterLibraryEdit.filter(name => name.startsWith('broken-'))).toEqual([]);
        const importerNow = documents.getDocument(importer.uri)!;
        expect((importerNow.diagnostics ?? []).map(d => d.code)).toContain('reference');
    });
});
