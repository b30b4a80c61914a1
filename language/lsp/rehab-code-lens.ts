import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { isPhase } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import { phaseSummary } from './phase-summary.js';

/** A line above each phase: its weeks, sessions per week and where its headline activity goes. */
export class RehabCodeLensProvider implements CodeLensProvider {
    private readonly settings: RehabServices['rules']['Settings'];

    constructor(services: RehabServices) {
        this.settings = services.rules.Settings;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[]> {
        const plan = (document.parseResult.value as Model).plan;
        const language = this.settings.get().language;
        const lenses: CodeLens[] = [];
        for (const phase of plan?.members.filter(isPhase) ?? []) {
            const range = phase.$cstNode?.range;
            if (!range || phase.from === undefined) continue;
            // An empty command id makes a label that does nothing when clicked.
            lenses.push({
                range: { start: range.start, end: range.start },
                command: { title: phaseSummary(phase, language), command: '' }
            });
        }
        return lenses;
    }
}
