import {
    Cancellation,
    DefaultLinker,
    interruptAndCheck,
    type AstNodeDescription,
    type LangiumDocument,
    type LinkingError,
    type ReferenceInfo
} from 'langium';
import { exerciseReferences } from './rehab-scope-provider.js';
import { closeSuggestion } from './words/suggest.js';
import type { RehabServices } from './rehab-module.js';
import type { RehabSettingsService } from './rules/rule-settings.js';
import { referenceMessages } from './words/reference-messages.js';

/** Unknown names get a suggestion of the closest known id, as a clinician mistyping an exercise expects. */
export class RehabLinker extends DefaultLinker {
    private readonly settings: RehabSettingsService;

    constructor(services: RehabServices) {
        super(services);
        this.settings = services.rules.Settings;
    }

    /** `do X` and `like X` are the grammar's references: link those instead of visiting every node and property. */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        for (const ref of exerciseReferences(document.parseResult.value)) this.doLink(ref, document);
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        if (targetDescription) return error;
        const name = refInfo.reference.$refText;
        const known = this.scopeProvider
            .getScope(refInfo)
            .getAllElements()
            .map(d => d.name)
            .distinct()
            .toArray();
        const suggestion = closeSuggestion(name, known);
        const message = refInfo.property === 'base' ? referenceMessages.unknownBuiltin : referenceMessages.unknownExercise;
        error.message = message(name, suggestion)[this.settings.get().language];
        return error;
    }
}
