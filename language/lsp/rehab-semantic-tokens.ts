import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { BuiltinLibrary } from '../library/builtin-library.js';
import type { RehabServices } from '../rehab-module.js';

/**
 * What TextMate cannot know: which words are declarations, which exercise references are built-in,
 * and that a word such as `run` is a name here and a keyword there.
 */
export class RehabSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly builtins: BuiltinLibrary;

    constructor(services: RehabServices) {
        super(services);
        this.builtins = services.library.Builtins;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        switch (node.$type) {
            case 'Plan':
            case 'Library':
                acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
                break;
            case 'Phase':
                acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
                break;
            case 'Exercise':
                acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
                return 'prune';
            case 'Activity': {
                const exercise = (node as { exercise?: { ref?: AstNode } }).exercise?.ref;
                const builtin = exercise !== undefined && this.builtins.isBuiltin(exercise as never);
                acceptor({
                    node,
                    property: 'exercise',
                    type: SemanticTokenTypes.function,
                    modifier: builtin ? SemanticTokenModifiers.defaultLibrary : []
                });
                acceptor({ node, property: 'surface', type: SemanticTokenTypes.enumMember });
                return 'prune';
            }
            case 'Allow':
                acceptor({ node, property: 'rule', type: SemanticTokenTypes.macro });
                return 'prune';
            case 'Condition':
            case 'LanguageSetting':
                acceptor({ node, property: node.$type === 'Condition' ? 'name' : 'code', type: SemanticTokenTypes.enumMember });
                return 'prune';
            case 'Avoid':
                acceptor({ node, property: 'items', type: SemanticTokenTypes.variable });
                return 'prune';
            case 'Model':
                break;
            default:
                // Below the other statements there is nothing TextMate does not colour already; a large
                // plan is re-highlighted after every edit, so its subtrees are skipped.
                return 'prune';
        }
    }
}
