import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Activity, History, Phase, RehabAstType } from '../generated/ast.js';
import { isActivity, isAvoid, isHistory, isSymptomsFor, isTreatedFor } from '../generated/ast.js';
import { activityBuiltin, activityKind, spanWeeks } from '../plan/plan-queries.js';
import { removeAvoidWord } from '../fixes/plan-fixes.js';
import { RuleFamily } from './rule-family.js';

/**
 * RP006 for the v2 facts (ranges written backwards or where one value is meant, an impossible `start`, a
 * `history` time out of range), RP009 for a procedure outside its phase, RP011 (a phase does what it avoids)
 * and RP012 (more treatment than symptoms).
 */
export class GenericPlanFactsValidator extends RuleFamily {
    override readonly owns = ['RP011', 'RP012'];
    checks(): ValidationChecks<RehabAstType> {
        return {
            History: this.checkTreatmentIsNoLongerThanTheSymptoms,
            Phase: this.checkPhaseDoesNotDoWhatItAvoids
        };
    }

    checkTreatmentIsNoLongerThanTheSymptoms(history: History, accept: ValidationAcceptor): void {
        const plan = history.$container;
        const facts = plan.members.filter(isHistory).flatMap(h => h.facts);
        const symptoms = facts.filter(isSymptomsFor).at(-1),
            treated = facts.filter(isTreatedFor).at(-1);
        // Said once, on the history block that holds the treatment line.
        if (!symptoms || !treated || treated.$container !== history) return;
        const s = spanWeeks(symptoms.span),
            t = spanWeeks(treated.span);
        if (s === undefined || t === undefined || t <= s) return;
        this.report(accept, 'RP012', { node: treated, property: 'span', args: { treated: t, symptoms: s } });
    }

    checkPhaseDoesNotDoWhatItAvoids(phase: Phase, accept: ValidationAcceptor): void {
        const avoids = phase.members.filter(isAvoid);
        if (avoids.length === 0) return;
        const activities = phase.members.filter(isActivity);
        for (const avoid of avoids) {
            avoid.items.forEach((word, index) => {
                const doing = activities.find(a => doesWhat(a, word));
                if (!doing) return;
                this.report(accept, 'RP011', {
                    node: doing,
                    property: doing.surface === word ? 'surface' : 'exercise',
                    args: { phase: phase.name, word },
                    fix: { title: `Remove \`${word}\` from \`avoid\``, edits: removeAvoidWord(avoid, index) }
                });
            });
        }
    }
}

/** An activity is what `avoid X` names: its exercise id, the built-in it is judged as, its kind or its surface. */
function doesWhat(activity: Activity, word: string): boolean {
    const id = activity.exercise?.ref?.name ?? activity.exercise?.$refText;
    return id === word || activityBuiltin(activity) === word || activityKind(activity) === word || activity.surface === word;
}
