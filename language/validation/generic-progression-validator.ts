import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Progression, RehabAstType } from '../generated/ast.js';
import { formatNumber } from '../schedule/quantities.js';
import { doseInWeek, progressionField, toFieldUnit, UPPER_END } from '../schedule/schedule.js';
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
    override readonly owns = ['RP008'];
    checks(): ValidationChecks<RehabAstType> {
        return {
            Progression: [
                this.checkProgressionTargetIsInTheDose,
                this.checkProgressionUnitFitsItsTarget,
                this.checkProgressionUntilIsAboveTheStart
            ]
        };
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
        const lower = field ? base[field] : undefined;
        if (!field || lower === undefined || (p.unit === '%' && p.limitUnit === '%')) return;
        // A range moves both ends and `until` caps each: a rise never moves when the cap is below the lower end, a
        // fall never moves when the cap is above the upper end.
        const upperField = UPPER_END[field];
        const upper = (upperField && base[upperField]) ?? lower;
        const limit = toFieldUnit(field, p.limit, p.limitUnit);
        const falling = p.sign === '-';
        const wrongWay = falling ? limit > upper : limit < lower;
        if (wrongWay)
            this.report(accept, 'RP008', {
                node: p,
                property: 'limit',
                variant: falling ? 'until-above' : 'until',
                args: {
                    limit: `${p.limit}${p.limitUnit ? ' ' + p.limitUnit : ''}`,
                    start: Math.round((falling ? upper : lower) * 100) / 100
                }
            });
    }
}
