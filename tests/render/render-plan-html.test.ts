import { describe, expect, test } from 'vitest';
import { isActivity, isPhase } from '../../language/generated/ast.js';
import { DICTIONARY } from '../../language/words/dictionary.js';
import { CONDITION_PROFILES } from '../../language/rules/rule-catalogue.js';
import { computeSchedule, type ActivityWeek } from '../../language/schedule/schedule.js';
import { examples, renderText } from './render-helpers.js';

const returnToRunning = () => examples().find(e => e.name === 'return-to-running.rehab')!.text;

const planExamples = () => examples().filter(e => !isReferralExample(e.text));
function isReferralExample(text: string): boolean {
    return /^\s*refer\s/m.test(text) && !/^\s*do\s+(?!heel-cup|insoles|taping)/m.test(text);
}

describe.each(planExamples())('the handout of $name', ({ text }) => {
    test('the timeline has one bar per phase at its weeks', async () => {
        const { model, $ } = await renderText(text);
        const phases = model.plan!.members.filter(isPhase);
        const svg = $('svg.timeline');
        const x0 = Number(svg.attr('data-x0')),
            ww = Number(svg.attr('data-week-width'));
        const bars = svg
            .find('rect.bar')
            .toArray()
            .map(el => {
                const x = Number($(el).attr('x')),
                    width = Number($(el).attr('width'));
                const from = Math.round((x - x0) / ww) + 1;
                return { name: $(el).attr('data-phase'), from, to: from + Math.round(width / ww) - 1 };
            });
        expect(bars).toEqual(phases.map(p => ({ name: p.name, from: p.from, to: p.to ?? p.from })));
        expect(
            svg
                .find('text')
                .toArray()
                .map(t => $(t).text())
        ).toEqual(expect.arrayContaining(phases.map(p => p.title ?? p.name.replace(/-/g, ' '))));
    });

    test("the load chart shows running minutes per week and one strength exercise's progression, with units", async () => {
        const { model, $ } = await renderText(text);
        const schedule = computeSchedule(model.plan!);
        const shown = (series: string) => {
            const values = new Map(
                $(`svg.load-chart rect.load-${series}`)
                    .toArray()
                    .map(el => [Number($(el).attr('data-week')), Number($(el).attr('data-value'))])
            );
            return schedule.weeks.map(w => values.get(w.week) ?? 0);
        };
        if (schedule.weeks.some(w => w.runMinutes > 0)) expect(shown('run')).toEqual(schedule.weeks.map(w => w.runMinutes));
        else expect($('[data-series="run"]')).toHaveLength(0);
        // The heel raise, week by week (the guide's progression), never the sum of unrelated exercises.
        const heelRaise = schedule.weeks.map(w =>
            w.activities.filter(a => a.kind === 'strength' && a.activity.exercise.$refText === 'heel-raise')
        );
        if (heelRaise.some(l => l.length > 0)) {
            const measure = $('[data-series="strength"]').attr('data-measure');
            const value = (a: ActivityWeek) => (measure === 'load' ? (a.loadKg ?? 0) : (a.sets ?? 0) * (a.repsMax ?? 0));
            expect(shown('strength')).toEqual(heelRaise.map(l => Math.max(0, ...l.map(value))));
        }
        for (const panel of $('svg.load-chart g.panel').toArray()) {
            expect($(panel).find('.axis-title').text()).toMatch(/^(week|uge)$/);
            expect($(panel).find('.axis-max').text()).toMatch(/^\d+([.,]\d)? \S+/);
        }
    });

    test('every activity is in a phase table, and only the editor preview carries source lines', async () => {
        const { model, $ } = await renderText(text);
        const activities = model.plan!.members.filter(isPhase).flatMap(p => p.members.filter(isActivity));
        expect($('tr.activity')).toHaveLength(activities.length);
        expect($('[data-line]')).toHaveLength(0);
        expect($('script')).toHaveLength(0);
        const editor = await renderText(text, { mode: 'editor' });
        expect(
            editor
                .$('tr.activity')
                .toArray()
                .map(el => Number(editor.$(el).attr('data-line')))
        ).toEqual(activities.map(a => a.$cstNode!.range.start.line + 1));
    });

    test('no noise rows: no "Language" fact, no "0 s pause"', async () => {
        const { $ } = await renderText(text);
        expect(
            $('dl.facts dt')
                .toArray()
                .map(dt => $(dt).text())
        ).not.toContain(DICTIONARY.en.language);
        expect(
            $('dl.facts dt')
                .toArray()
                .map(dt => $(dt).text())
        ).not.toContain(DICTIONARY.da.language);
        expect($('body').text()).not.toMatch(/0 (s|sek\.) pause/);
    });

    test('procedure and medication notes stay out of the handout, and tables have headers', async () => {
        const { $ } = await renderText(text);
        for (const row of $('tr.activity').toArray()) {
            const id = $(row).attr('data-exercise');
            if (['nsaid', 'corticosteroid-injection', 'shockwave', 'surgery'].includes(id ?? ''))
                expect($(row).find('td.cue').text()).toBe('');
        }
        for (const table of $('table').toArray()) expect($(table).find('thead th[scope="col"]').length).toBeGreaterThan(0);
    });
});

describe('the growth limit line', () => {
    test("is the plantar-fasciitis profile's growth threshold, drawn only for running", async () => {
        const { $ } = await renderText(returnToRunning());
        const percent = CONDITION_PROFILES.find(p => p.condition === 'plantar-fasciitis')!.thresholds.runGrowthWarnPercent;
        expect(percent).toBeGreaterThan(0);
        expect($('path.growth-limit').attr('data-percent')).toBe(String(percent));
        expect($('[data-series="strength"] path.growth-limit')).toHaveLength(0);
    });

    test('is absent when no condition profile applies', async () => {
        const { $ } = await renderText(returnToRunning().replace('condition plantar-fasciitis', ''));
        expect($('svg.load-chart rect.load-run').length).toBeGreaterThan(0);
        expect($('path.growth-limit')).toHaveLength(0);
    });
});

describe('the language of the handout', () => {
    test.each(['da', 'en'] as const)('follows `language %s`', async language => {
        const other = language === 'da' ? 'en' : 'da';
        const { $ } = await renderText(returnToRunning().replace(/language da/, `language ${language}`));
        expect($('html').attr('lang')).toBe(language);
        const text = $('body').text();
        for (const key of ['stopBoxTitle', 'timeline', 'loadChart', 'goal', 'exercise', 'disclaimer'] as const) {
            expect(text).toContain(DICTIONARY[language][key]);
            expect(text).not.toContain(DICTIONARY[other][key]);
        }
        const heelRaise = $('tr.activity[data-exercise="heel-raise"] td.name').first().text();
        expect(heelRaise).toBe(language === 'da' ? 'Hælløft' : 'Heel raise');
    });

    test('writes decimals as the language does: 2.5 kg in English, 2,5 kg in Danish', async () => {
        const plan = (language: string) =>
            `plan p {\n    language ${language}\n    phase a weeks 1-2 {\n        do heel-raise 3 x 10 reps load 2.5 kg, daily\n    }\n}`;
        const load = async (language: string) =>
            (await renderText(plan(language))).$('tr.activity[data-exercise="heel-raise"]').first().text();
        expect(await load('en')).toContain('2.5 kg');
        expect(await load('da')).toContain('2,5 kg');
        expect(await load('da')).not.toContain('2.5');
    });

    test('is English without a `language` line, and an explicit option wins', async () => {
        const plain = returnToRunning().replace(/language da/, '');
        expect((await renderText(plain)).$('html').attr('lang')).toBe('en');
        expect((await renderText(plain, { language: 'da' })).$('html').attr('lang')).toBe('da');
    });
});

describe('the editor preview', () => {
    test('lists the diagnostics with their source lines', async () => {
        const text = returnToRunning().replace('review at week 6', 'review at week 20');
        const { $ } = await renderText(text, { mode: 'editor' });
        const items = $('section.diagnostics li').toArray();
        expect(items.map(li => $(li).find('.code').text())).toContain('PF040');
        const pf040 = items.find(li => $(li).find('.code').text() === 'PF040')!;
        expect(Number($(pf040).attr('data-line'))).toBeGreaterThan(0);
    });

    test('the handout never lists diagnostics', async () => {
        const { $ } = await renderText(returnToRunning().replace('review at week 6', 'review at week 20'));
        expect($('section.diagnostics')).toHaveLength(0);
    });
});

describe('incomplete plans', () => {
    test('an unresolved exercise renders under its written name', async () => {
        const { $ } = await renderText('plan p { phase a weeks 1-2 { do no-such-exercise 3 x 10 reps, daily } }');
        expect($('tr.activity td.name').text()).toContain('no-such-exercise');
    });

    test('every truncation of an example renders a whole document', async () => {
        const text = returnToRunning();
        for (let end = 0; end <= text.length; end += 37) {
            const { html } = await renderText(text.slice(0, end), { mode: 'editor' }, true);
            expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
            expect(html.trimEnd().endsWith('</html>')).toBe(true);
        }
    });

    test('out-of-range weeks and an empty model do not throw', async () => {
        const { $ } = await renderText(
            'plan p { phase a weeks 9-3 { do walk 10 min } phase b weeks 99999 { } review at week -4 }',
            {},
            true
        );
        expect($('h1').text()).toBe('p');
        const { html } = await renderText('', {}, true);
        expect(html).toContain('</html>');
    });
});
