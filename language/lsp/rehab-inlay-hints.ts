import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver-types';
import { isProgression } from '../generated/ast.js';
import type { RehabServices } from '../rehab-module.js';
import { progressionEndLabel } from './phase-summary.js';

/** At the end of each `progress …` line: where the progression has taken the dose by the phase's last week. */
export class RehabInlayHintProvider extends AbstractInlayHintProvider {
    private readonly settings: RehabServices['rules']['Settings'];

    constructor(services: RehabServices) {
        super();
        this.settings = services.rules.Settings;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isProgression(node) || !node.$cstNode) return;
        const label = progressionEndLabel(node, this.settings.get().language);
        if (label) acceptor({ position: node.$cstNode.range.end, label, kind: InlayHintKind.Type, paddingLeft: true });
    }
}
