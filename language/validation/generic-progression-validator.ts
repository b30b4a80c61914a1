import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Progression, RehabAstType } from '../generated/ast.js';
import { formatNumber } from '../schedule/quantities.js';
import { doseInWeek, phaseEnd, progressionField, toFieldUnit } from '../schedule/schedule.js';
import { MAX_NUMBER } from './generic-dose-validator.js';
import { phrase, phrases } from '../rules/message-phrases.js';
import { RuleFamily } from './rule-family.js';

type Target = 'reps' | 'sets' | 'hold' | 'load' | 'run-time' | 'duration';

/**
 * The units a step and an `until` may carry per target. Counts may go bare (`progress reps +2`, as
 * LANGUAGE.md writes it); times and loads need their unit, or `+2` could be seconds or minutes.
 */
const STEP_UNITS: Record<Target, ReadonlyArray<string | undefined>> = {
    reps: [undefined, 'reps', '%'],
    sets: [undefined, 'sets', '%'],
    hold: ['s', 'min', 'h', '%'],
    load: ['kg', '%'],
    'run-time': ['s', 'min', 'h', '%'],
    duration: ['s', 'min', 'h', '%']
};
const UNTIL_UNITS: Record<Target, ReadonlyArray<string | undefined>> = {
    reps: [undefined, 'reps'],
    sets: [undefined, 'sets'],
    hold: ['s', 'min', 'h'],
    load: ['kg'],
    'run-time': ['s', 'min', 'h'],
    duration: ['s', 'min', 'h']
};

/** RP006 and RP008 on `progress` lines: a step that moves, in a unit that fits, towards a value that exists. */
export class GenericProgressionValidator extends RuleFamily {
    checks(): ValidationChecks<RehabAstType> {
        return {
            Progression: [
                this.checkProgressionStepIsPositive,
                this.checkProgressionTargetIsInTheDose,
                this.checkProgressionUnitFitsItsTarget,
                this.checkProgressionUntilIsAboveTheStart,
                this.checkProgressionStaysInRange
            ]
        };
    }

    checkProgressionStepIsPositive(p: Progression, accept: ValidationAcceptor): void {
        if (p.step !== undefined && p.step <= 0)
            this.report(accept, 'RP006', {
                node: p,
                property: 'step',
                args: { what: phrase('A step of'), value: p.step, range: phrase('more than 0') }
            });
        if (p.weeks !== undefined && (p.weeks < 1 || !Number.isInteger(p.weeks))) {
            this.report(accept, 'RP006', {
                node: p,
                property: 'weeks',
                args: { what: phrase('Every'), value: phrases.weeks(p.weeks), range: phrase('a whole number of weeks, 1 or more') }
            });
        }
    }

    checkProgressionTargetIsInTheDose(p: Progression, accept: ValidationAcceptor): void {
        const activity = p.$container;
        if (!p.target || !activity) return;
        // No dose at all (`do heel-cup daily { progress reps … }`) has nothing to progress either.
        const start = doseInWeek(activity, activity.$container, 0);
        const field = progressionField(p.target, start);
        if (!field || start[field] === undefined) {
            this.report(accept, 'RP008', { node: p, property: 'target', args: { target: p.target } });
        }
    }

    checkProgressionUnitFitsItsTarget(p: Progression, accept: ValidationAcceptor): void {
        const target = p.target as Target | undefined;
        if (!target || !(target in STEP_UNITS)) return;
        const units = (allowed: ReadonlyArray<string | undefined>) => allowed.filter(u => u !== undefined).join(', ');
        if (p.step !== undefined && !STEP_UNITS[target].includes(p.unit)) {
            this.report(accept, 'RP008', {
                node: p,
                property: p.unit ? 'unit' : 'step',
                variant: 'unit',
                args: {
                    written: `${p.sign ?? '+'}${formatNumber(p.step)}${p.unit ? ' ' + p.unit : ''}`,
                    target,
                    units: units(STEP_UNITS[target])
                }
            });
        }
        if (p.limit !== undefined && !UNTIL_UNITS[target].includes(p.limitUnit)) {
            this.report(accept, 'RP008', {
                node: p,
                property: p.limitUnit ? 'limitUnit' : 'limit',
                variant: 'unit',
                args: {
                    written: `until ${formatNumber(p.limit)}${p.limitUnit ? ' ' + p.limitUnit : ''}`,
                    target,
                    units: units(UNTIL_UNITS[target])
                }
            });
        }
    }

    checkProgressionUntilIsAboveTheStart(p: Progression, accept: ValidationAcceptor): void {
        const activity = p.$container;
        if (p.limit === undefined || !activity.dose) return;
        const base = doseInWeek(activity, activity.$container, 0);
        const field = progressionField(p.target, base);
        // The base dose already has this progression applied for offset 0, i.e. not at all.
        const start = field ? base[field] : undefined;
        if (!field || start === undefined || (p.unit === '%' && p.limitUnit === '%')) return;
        const limit = toFieldUnit(field, p.limit, p.limitUnit);
        const wrongWay = p.sign === '-' ? limit > start : limit < start;
        if (wrongWay)
            this.report(accept, 'RP008', {
                node: p,
                property: 'limit',
                variant: 'until',
                args: { limit: `${p.limit}${p.limitUnit ? ' ' + p.limitUnit : ''}`, start: Math.round(start * 100) / 100 }
            });
    }

    /**
     * Compound growth without `until` runs away over a long phase (+100 % a fortnight doubles a 5 kg load to
     * tonnes within a year). The guide gives no ceiling; this catches only what no plan could mean: the
     * number sanity bound RP006 applies to every value written in a plan.
     */
    checkProgressionStaysInRange(p: Progression, accept: ValidationAcceptor): void {
        const activity = p.$container;
        const phase = activity?.$container;
        if (!activity?.dose || phase?.from === undefined || p.limit !== undefined) return;
        const field = progressionField(p.target, doseInWeek(activity, phase, 0));
        const last = Math.max(0, (phaseEnd(phase) ?? phase.from) - phase.from);
        if (!field || !((doseInWeek(activity, phase, last)[field] ?? 0) > MAX_NUMBER)) return;
        let offset = 0;
        while (offset < last && !((doseInWeek(activity, phase, offset)[field] ?? 0) > MAX_NUMBER)) offset++;
        this.report(accept, 'RP006', {
            node: p,
            property: 'step',
            variant: 'growth',
            args: { target: p.target, week: phase.from + offset }
        });
    }
}
