import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { FileSystemProvider } from 'langium';
import type { Import, Model, RehabAstType } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import { RuleFamily } from './rule-family.js';

/** Imports that point nowhere, or in a circle, are linking errors (`reference`) on the import line. */
export class ImportValidator extends RuleFamily {
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
            accept('error', `Cannot import "${imp.path}": only .rehab library files can be imported.`, { node: imp, property: 'path', code: 'reference' });
            return;
        }
        const exists = this.existsSafely(uri);
        const message = exists
            ? `Cannot read "${imp.path}": the file exists but could not be loaded (no read permission, or, in the editor, outside the open folders). Check its permissions, or move it next to the plan.`
            : `Cannot find "${imp.path}" (looked for ${uri.fsPath}). Check the path; it is relative to this file.`;
        accept('error', message, { node: imp, property: 'path', code: 'reference' });
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
            accept('error', `"${imp.path}" is a plan, not a library: only a \`library\` file's exercises can be imported.`, info);
            return;
        }
        const { lexerErrors, parserErrors } = imported.parseResult;
        if (lexerErrors.length + parserErrors.length > 0) {
            const line = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
            const count = lexerErrors.length + parserErrors.length;
            accept('error', `"${imp.path}" has ${count} syntax error${count === 1 ? '' : 's'} (the first on line ${line ?? '?'}); exercises after it may be missing. Fix that file first.`, info);
            return;
        }
        const cycle = model.imports.length > 0 ? this.imports.findCycle(model) : undefined;
        if (cycle) {
            const names = cycle.map(uri => uri.substring(uri.lastIndexOf('/') + 1));
            accept('error', `"${imp.path}" is in an import cycle: ${names.join(' → ')}. Libraries must not import each other in a circle.`, info);
        }
    }

    checkImportsHaveNoCycle(model: Model, accept: ValidationAcceptor): void {
        if (model.imports.length === 0) return;
        const cycle = this.imports.findCycle(model);
        if (!cycle) return;
        const names = cycle.map(uri => uri.substring(uri.lastIndexOf('/') + 1));
        const first = model.imports.find(imp => this.imports.resolve(imp)?.toString() === cycle[1]) ?? model.imports[0];
        accept('error', `Import cycle: ${names.join(' → ')}. Libraries must not import each other in a circle.`, { node: first, property: 'path', code: 'reference' });
    }

    private existsSafely(uri: Parameters<FileSystemProvider['existsSync']>[0]): boolean {
        try {
            return this.fs.existsSync(uri);
        } catch {
            return false;
        }
    }
}
