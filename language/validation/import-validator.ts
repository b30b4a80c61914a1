import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { FileSystemProvider } from 'langium';
import type { Import, Model, RehabAstType } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import type { Localized } from '../rules/message-phrases.js';
import { referenceMessages } from '../words/reference-messages.js';
import { RuleFamily } from './rule-family.js';

/** Imports that point nowhere, or in a circle, are linking errors (`reference`) on the import line. */
export class ImportValidator extends RuleFamily {
    override readonly owns = [];
    private readonly imports: ImportResolver;
    private readonly fs: FileSystemProvider;

    constructor(services: RehabServices) {
        super(services);
        this.imports = services.workspace.Imports;
        this.fs = services.shared.workspace.FileSystemProvider;
    }

    checks(): ValidationChecks<RehabAstType> {
        return {
            Import: [this.checkImportFileIsLoaded, this.checkImportIsAWellFormedLibrary],
            Model: this.checkImportsHaveNoCycle
        };
    }

    checkImportFileIsLoaded(imp: Import, accept: ValidationAcceptor): void {
        const uri = this.imports.resolve(imp);
        if (!uri || this.imports.importedDocument(imp)) return;
        if (!imp.path.endsWith('.rehab')) {
            accept('error', this.say(referenceMessages.notRehabFile(imp.path)), { node: imp, property: 'path', code: 'reference' });
            return;
        }
        const exists = this.existsSafely(uri);
        const message = exists ? referenceMessages.unreadable(imp.path) : referenceMessages.missing(imp.path, uri.fsPath);
        accept('error', this.say(message), { node: imp, property: 'path', code: 'reference' });
    }

    /**
     * A library with syntax errors loses exercises silently, and a plan or a circle behind an import is
     * never what the author meant: the plan that imports it must say so, not only the library's own tab.
     */
    checkImportIsAWellFormedLibrary(imp: Import, accept: ValidationAcceptor): void {
        const imported = this.imports.importedDocument(imp);
        if (!imported) return;
        const model = imported.parseResult.value;
        const info = { node: imp, property: 'path', code: 'reference' } as const;
        if (model.plan) {
            accept('error', this.say(referenceMessages.importsAPlan(imp.path)), info);
            return;
        }
        const { lexerErrors, parserErrors } = imported.parseResult;
        if (lexerErrors.length + parserErrors.length > 0) {
            const found = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
            // An error at the end of the file has no token, hence no line: name the file's last line.
            const line = found !== undefined && Number.isFinite(found) && found >= 1 ? found : imported.textDocument.lineCount;
            const count = lexerErrors.length + parserErrors.length;
            accept('error', this.say(referenceMessages.librarySyntaxErrors(imp.path, count, line)), info);
            return;
        }
        const cycle = model.imports.length > 0 ? this.imports.findCycle(model) : undefined;
        // When this file is itself in the circle, checkImportsHaveNoCycle reports it once.
        if (cycle && !cycle.includes(AstUtils.getDocument(imp).uri.toString())) {
            const names = cycle.map(uri => uri.substring(uri.lastIndexOf('/') + 1));
            accept('error', this.say(referenceMessages.importedCycle(imp.path, names.join(' → '))), info);
        }
    }

    checkImportsHaveNoCycle(model: Model, accept: ValidationAcceptor): void {
        if (model.imports.length === 0) return;
        const cycle = this.imports.findCycle(model);
        if (!cycle) return;
        const names = cycle.map(uri => uri.substring(uri.lastIndexOf('/') + 1));
        const first = model.imports.find(imp => this.imports.resolve(imp)?.toString() === cycle[1]) ?? model.imports[0];
        accept('error', this.say(referenceMessages.cycle(names.join(' → '))), { node: first, property: 'path', code: 'reference' });
    }

    private say(message: Localized): string {
        return message[this.settings.get().language];
    }

    private existsSafely(uri: Parameters<FileSystemProvider['existsSync']>[0]): boolean {
        try {
            return this.fs.existsSync(uri);
        } catch {
            return false;
        }
    }
}
