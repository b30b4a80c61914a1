import {
    AstUtils,
    GrammarAST,
    type AstNode,
    type AstNodeDescription,
    type Cancellation,
    type LangiumDocument,
    type MaybePromise,
    type ReferenceInfo
} from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type NextFeature
} from 'langium/lsp';
import type { CompletionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, type CompletionList } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { isExercise } from '../generated/ast.js';
import type { BuiltinLibrary } from '../library/builtin-library.js';
import type { RehabServices } from '../rehab-module.js';
import type { RuleCatalogue } from '../rules/rule-catalogue.js';
import type { RehabSettingsService } from '../rules/rule-settings.js';
import { RED_FLAGS } from '../plan/red-flags.js';
import { exerciseKind } from '../plan/plan-queries.js';

type CancellationToken = Cancellation.CancellationToken;

/**
 * Value keywords (kinds, surfaces, units, …) are also valid names, so the grammar alone offers them
 * everywhere a name may stand. They are offered only where the text before the cursor asks for them.
 */
const VALUE_RULE_CONTEXTS: Record<string, RegExp> = {
    ExerciseKind: /\bkind\s+[\w-]*$/,
    Surface: /\bon\s+[\w-]*$/,
    ProgressTarget: /\bprogress\s+[\w-]*$/,
    Unit: /\d\s*[\w%]*$/,
    TimeUnit: /\d\s*[\w%]*$/,
    StepUnit: /\d\s*[\w%]*$/,
    SpanUnit: /\bfor\s+\d+(\.\d+)?\s*\w*$/,
    DeliveryKey: /^\s*[\w-]*$/
};

const QUANTITY_LINE = /^\s*(do|weight|pain settles|shoes|entry|progress|walk)\b.*\d\s+[a-z%]*$/;
/** Canonical units first, then the spellings clinicians type (the formatter writes them back as the first). */
const UNITS = ['min', 's', 'h', 'km', 'kg', '%', 'minutes', 'sec', 'hours'];

const FREQUENCY_FORMS = [
    '3 times weekly',
    '2 times daily',
    'once daily',
    'twice daily',
    'every other day',
    'every 2 days',
    '1-3 times daily',
    '3 times a week',
    '2 times a day',
    'twice a week'
];
const FREQUENCY_SNIPPETS: Record<string, string> = {
    '3 times weekly': '${1:3} times weekly',
    '2 times daily': '${1:2} times daily',
    'every 2 days': 'every ${1:2} days',
    '1-3 times daily': '${1:1}-${2:3} times daily',
    '3 times a week': '${1:3} times a week',
    '2 times a day': '${1:2} times a day'
};

/** Keywords where they fit, exercises with names and kinds, units, frequency forms, rule ids after `allow`. */
export class RehabCompletionProvider extends DefaultCompletionProvider {
    private readonly builtins: BuiltinLibrary;
    private readonly catalogue: RuleCatalogue;
    private readonly settings: RehabSettingsService;

    constructor(services: RehabServices) {
        super(services);
        this.builtins = services.library.Builtins;
        this.catalogue = services.rules.Catalogue;
        this.settings = services.rules.Settings;
    }

    private currentModel?: Model;

    override async getCompletion(
        document: LangiumDocument,
        params: CompletionParams,
        cancelToken?: CancellationToken
    ): Promise<CompletionList | undefined> {
        this.currentModel = document.parseResult.value as Model;
        try {
            return await super.getCompletion(document, params, cancelToken);
        } finally {
            this.currentModel = undefined;
        }
    }

    /**
     * Langium re-parses everything before the cursor to know what may come next. The grammar is
     * context-free below a plan's members, so parsing from the start of the member around the cursor,
     * behind a synthetic `plan x {`, yields the same features in time independent of the plan's size.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const start = this.currentModel && memberStart(this.currentModel, offset);
        if (!start) return super.findFeaturesAt(document, offset);
        const text = document.getText();
        const shortened = TextDocument.create(
            document.uri,
            document.languageId,
            document.version,
            start.prefix + text.slice(start.offset, offset)
        );
        return super.findFeaturesAt(shortened, shortened.getText().length);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const before = this.lineBefore(context);
        if (/\ballow\s+[\w-]*$/.test(before)) return this.completeRuleIds(context, acceptor);
        // Words with a fixed set of values: the grammar takes any name there (RP006 judges it), so offer the set.
        if (/\blike\s+[\w-]*$/.test(before))
            return this.completeWords(
                context,
                acceptor,
                this.builtins.exercises().map(e => e.name),
                'built-in exercise'
            );
        if (/\bred-flags\s+([\w-]+\s*,\s*)*[\w-]*$/.test(before))
            return this.completeWords(
                context,
                acceptor,
                /red-flags\s+[\w-]*$/.test(before) ? ['none', ...RED_FLAGS] : RED_FLAGS,
                'red flag'
            );
        if (/^\s*language\s+[\w-]*$/.test(before)) return this.completeWords(context, acceptor, ['en', 'da'], 'language of the handout');
        // After `do walk 30` the parser may read the number as `30 times`; a unit is as likely.
        if (QUANTITY_LINE.test(before)) this.completeUnits(context, acceptor, /^\s*do\s+[\w-]+\s+\d+(\.\d+)?\s+\w*$/.test(before));
        if (
            GrammarAST.isKeyword(next.feature) &&
            next.feature.value === 'daily' &&
            ruleOf(next.feature) === 'Per' &&
            !/\d\s*$/.test(before)
        ) {
            this.completeFrequencies(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        const rule = ruleOf(keyword);
        if (rule === 'Name') return false;
        const wanted = rule ? VALUE_RULE_CONTEXTS[rule] : undefined;
        return wanted ? wanted.test(this.lineBefore(context)) : true;
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (!isExercise(node)) return item;
        const da = this.settings.get().language === 'da';
        const title = (da ? (node.titleDa ?? node.title) : node.title) ?? '';
        const builtin = this.builtins.isBuiltin(node);
        return {
            ...item,
            kind: builtin ? CompletionItemKind.Function : CompletionItemKind.Method,
            detail: `${exerciseKind(node) ?? '?'}${title ? ' · ' + title : ''}`,
            labelDetails: { description: exerciseKind(node) },
            documentation: (da ? (node.cueDa ?? node.cue) : node.cue) ?? undefined,
            // User exercises first: they are what this plan is about.
            sortText: builtin ? '1' : '0'
        };
    }

    private completeRuleIds(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const language = this.settings.get().language;
        for (const rule of this.catalogue.allRules()) {
            acceptor(context, {
                label: rule.id,
                kind: CompletionItemKind.Constant,
                detail: rule.when[language],
                documentation: rule.section,
                sortText: rule.id
            });
        }
    }

    private completeWords(context: CompletionContext, acceptor: CompletionAcceptor, words: readonly string[], detail: string): void {
        words.forEach((word, index) =>
            acceptor(context, { label: word, kind: CompletionItemKind.EnumMember, detail, sortText: `0${index}` })
        );
    }

    private completeUnits(context: CompletionContext, acceptor: CompletionAcceptor, withSets: boolean): void {
        UNITS.forEach((unit, index) =>
            acceptor(context, { label: unit, kind: CompletionItemKind.Unit, detail: 'unit', sortText: `0${index}` })
        );
        if (withSets)
            acceptor(context, {
                label: 'x',
                kind: CompletionItemKind.Keyword,
                detail: 'sets x reps / sets x hold / intervals',
                sortText: '09'
            });
    }

    private completeFrequencies(context: CompletionContext, acceptor: CompletionAcceptor): void {
        FREQUENCY_FORMS.forEach((form, index) => {
            const snippet = FREQUENCY_SNIPPETS[form];
            acceptor(context, {
                label: form,
                kind: CompletionItemKind.Value,
                detail: 'frequency',
                sortText: `2${index}`,
                insertText: snippet ?? form,
                insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText
            });
        });
    }

    private lineBefore(context: CompletionContext): string {
        const { line } = context.position;
        return context.textDocument.getText({ start: { line, character: 0 }, end: context.position });
    }
}

/** Where a shortened completion parse may start, or undefined to parse from the top. */
function memberStart(model: Model, offset: number): { offset: number; prefix: string } | undefined {
    const container = model.plan ?? model.library;
    const cst = container?.$cstNode;
    if (!container || !cst || offset <= cst.offset || offset >= cst.end) return undefined;
    const open = cst.text.indexOf('{');
    if (open < 0 || offset <= cst.offset + open) return undefined;
    const members: AstNode[] = model.plan ? model.plan.members : model.library!.exercises;
    const prefix = model.plan ? 'plan x {\n' : 'library x {\n';
    // The members are in text order: find the last one that starts before the cursor.
    let low = 0,
        high = members.length - 1,
        found: AstNode | undefined;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const node = members[mid].$cstNode;
        if (node && node.offset < offset) {
            found = members[mid];
            low = mid + 1;
        } else high = mid - 1;
    }
    // Starting at the member's own start (not its end) stays right when error recovery closed it early.
    const node = found?.$cstNode;
    return node ? { offset: node.offset, prefix } : undefined;
}

function ruleOf(keyword: GrammarAST.AbstractElement): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule)?.name;
}
