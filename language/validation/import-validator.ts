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
            Import: this.checkImportFileIsLoaded,
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
            ? `Cannot use "${imp.path}": the file is outside the workspace or could not be read as a plan library. Open its folder or move it next to the plan.`
            : `Cannot find "${imp.path}" (looked for ${uri.fsPath}). Check the path; it is relative to this file.`;
        accept('error', message, { node: imp, property: 'path', code: 'reference' });
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
