import { afterEach, describe, expect, it } from 'vitest';
import { RuleCatalogue } from '../../language/rules/rule-catalogue.js';
import { Rehab } from '../test-services.js';
import { check, plan } from './snippets.js';

const catalogue = new RuleCatalogue();

/** RULES.md's plantar-fasciitis table: ids, severities and the severities of their variants. */
const EXPECTED: Record<string, string[]> = {
    PF001: ['warning'],
    PF002: ['error'],
    PF003: ['hint'],
    PF010: ['warning'],
    PF011: ['warning'],
    PF012: ['warning'],
    PF013: ['error'],
    PF020: ['warning', 'hint'],
    PF021: ['hint'],
    PF022: ['warning'],
    PF023: ['hint'],
    PF024: ['hint'],
    PF025: ['warning'],
    PF026: ['hint'],
    PF027: ['warning'],
    PF030: ['error'],
    PF031: ['warning'],
    PF032: ['warning'],
    PF033: ['warning', 'error'],
    PF034: ['warning'],
    PF035: ['warning'],
    PF036: ['hint'],
    PF037: ['info'],
    PF038: ['warning'],
    PF040: ['warning'],
    PF041: ['warning'],
    PF042: ['warning'],
    PF043: ['hint'],
    PF050: ['error'],
    PF051: ['warning'],
    PF052: ['warning'],
    PF053: ['error'],
    PF054: ['info'],
    PF060: ['warning'],
    PF061: ['hint']
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

describe('the plantar-fasciitis profile', () => {
    it('has exactly the PF rules of RULES.md, with their severities', () => {
        const pf = catalogue.allRules().filter(r => r.id.startsWith('PF'));
        expect(pf.map(r => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
        for (const rule of pf) {
            const severities = [rule.severity, ...Object.values(rule.variants ?? {}).map(v => v.severity)];
            expect([...new Set(severities)].sort(), rule.id).toEqual([...EXPECTED[rule.id]].sort());
        }
    });

    it('keeps the thresholds of RULES.md', () => {
        const t = catalogue.profileForCondition('plantar-fasciitis')!.thresholds;
        // v2: PF011 has no error level (5/10 is not in the guide), so there is no threshold for one.
        expect(t).not.toHaveProperty('activityPainError');
        expect(t).toMatchObject({
            activityPainWarn: 3,
            painSettlesHours: 24,
            strengthMaxSessionsPerWeek: 3.5,
            runGrowthWindowWeeks: 4,
            runRestartGapWeeks: 4,
            reviewFromWeek: 6,
            maintenanceStretchSessions: 2,
            maintenanceStrengthSessions: 1,
            walkingGrowthFactor: 2,
            iceMaxMinutes: 15,
            iceMinMinutes: 10,
            iceMaxPerDay: 3,
            stretchHoldMinSeconds: 20,
            stretchHoldMaxSeconds: 30,
            strengthProgressionMinWeeks: 2,
            runEntryFirstStepPain: 2,
            runEntryWalkMinutes: 30,
            runGrowthWarnPercent: 10,
            runGrowthErrorPercent: 20,
            runningMaxSessionsPerWeek: 3.5,
            firstRunWeekMaxSessionMinutes: 10,
            runningFromWeek: 13,
            reviewByWeek: 8,
            maxInjections: 2,
            injectionFromWeek: 13,
            shockwaveFromWeek: 13,
            surgeryFromWeek: 39,
            shoesMaxKm: 800
        });
    });

    it('names the guide section and quote for every PF rule', () => {
        for (const rule of catalogue.allRules().filter(r => r.id.startsWith('PF'))) {
            expect(rule.section, rule.id).toBeTruthy();
            expect(rule.quote, rule.id).toBeTruthy();
        }
    });
});

describe('messages in English and Danish', () => {
    it.each(catalogue.allRules().map(r => [r.id, r] as const))('%s has both, with the same placeholders', (_id, rule) => {
        const texts = [rule.message, rule.when, ...Object.values(rule.variants ?? {}).map(v => v.message), ...(rule.fix ? [rule.fix] : [])];
        for (const text of texts) {
            expect(text.en.trim().length).toBeGreaterThan(0);
            expect(text.da.trim().length).toBeGreaterThan(0);
            expect(placeholders(text.da)).toEqual(placeholders(text.en));
        }
    });

    afterEach(() => Rehab.rules.Settings.update({ language: 'en' }));

    it('the language setting picks the Danish message', async () => {
        const text = plan({ patient: null });
        const english = String((await check(text)).find(d => d.code === 'PF001')!.message);
        Rehab.rules.Settings.update({ language: 'da' });
        const danish = String((await check(text)).find(d => d.code === 'PF001')!.message);
        const rule = catalogue.rule('PF001')!;
        expect(english.startsWith(rule.message.en)).toBe(true);
        expect(danish.startsWith(rule.message.da)).toBe(true);
    });

    it('every PF diagnostic carries its section and quote in data and related information', async () => {
        const [d] = (await check(plan({ patient: null }))).filter(x => x.code === 'PF001');
        const rule = catalogue.rule('PF001')!;
        expect(d.data).toMatchObject({ rule: 'PF001', section: rule.section, quote: rule.quote });
        expect(d.relatedInformation?.[0].message).toContain(rule.quote);
    });
});
