import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { isActivity, isPhase } from '../../language/generated/ast.js';
import { durationWords, patientDose } from '../../language/render/patient-doses.js';
import { patientLink } from '../../language/plan/links.js';
import { CONDITION_PROFILES } from '../../language/rules/rule-catalogue.js';
import { computeSchedule } from '../../language/schedule/schedule.js';
import { DICTIONARY } from '../../language/words/dictionary.js';
import { parseDose, scheduleNumbers } from './dose-numbers.js';
import { examples, renderText } from './render-helpers.js';
import { parseBuiltinExercises } from '../../language/library/builtin-table.js';
import { GUIDE_DOSES, guideDose } from '../../language/library/guide-doses.js';
import { Rehab } from '../test-services.js';

const example = (name: string) => examples().find(e => e.name === `${name}.rehab`)!.text;
const PROFILE = CONDITION_PROFILES.find(p => p.condition === 'plantar-fasciitis')!;
const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');

/** The handout as a patient reads it: block elements on lines of their own, no markup, no SVG internals. */
export function handoutText($: CheerioAPI): string {
    $('style, svg title, svg').remove();
    $('h1, h2, h3, p, li, dt, tr, caption, div, section, header, footer, table, ul, dl, figure').each((_, el) => {
        $(el).prepend('\n').append('\n');
    });
    $('td, th, dd').each((_, el) => {
        $(el).prepend(' | ');
    });
    $('span, a').each((_, el) => {
        $(el).prepend(' ');
    });
    return (
        $('body')
            .text()
            .split('\n')
            .map(l => l.replace(/\s+/g, ' ').trim())
            .filter(Boolean)
            .join('\n') + '\n'
    );
}

describe('golden handout text (UPDATE_GOLDEN=1 rewrites it)', () => {
    test.each([
        ['return-to-running', '2027-02-03'],
        ['nurse-standing', '2027-02-03']
    ])('%s', async (name, today) => {
        const source =
            name === 'return-to-running'
                ? example(name).replace(
                      'language da',
                      'language da\n    start 2027-01-04\n    contact "Fysioterapi Nord, tlf. 12 34 56 78"'
                  )
                : example(name);
        const { $ } = await renderText(source, { today });
        const text = handoutText($);
        const golden = join(GOLDEN_DIR, `${name}.handout.txt`);
        if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, text);
        expect(text).toBe(readFileSync(golden, 'utf8'));
    });
});

describe('the handout a clinic hands to a patient', () => {
    test('the contact is inside the stop-and-call box', async () => {
        const { $ } = await renderText(example('nurse-standing'));
        expect($('.stop-box .contact').text()).toBe('Kontakt: Fysioterapi Nord, tlf. 12 34 56 78');
    });

    test('a referral plan says whom to see first, and nothing else to do', async () => {
        const { $ } = await renderText(example('refer-first'));
        expect($('section.referral h2').text()).toBe(DICTIONARY.en.handout.referralTitle);
        expect($('section.referral .refer').text()).toBe('Own GP today: reduced sensation and a wound under the heel');
        expect($('.phase, table, svg, .checklist, .stop-box, .load-section')).toHaveLength(0);
    });

    test('a plan with `refer` and exercises is an ordinary plan that also names the referral', async () => {
        const { $ } = await renderText(
            example('return-to-running').replace('review at week 6', 'refer "Podiatrist for insoles"\n    review at week 6')
        );
        expect($('.refer-note').text()).toContain('Podiatrist for insoles');
        expect($('.phase').length).toBeGreaterThan(0);
    });

    test('with `start`, phases, reviews, procedures and week tables carry dates', async () => {
        const { $ } = await renderText(example('nurse-standing'));
        expect($('header .start').text()).toBe('Din plan starter mandag 4. januar 2027.');
        expect($('.phase .weeks').first().text()).toBe('Uge 1–8 · 4. jan. – 28. feb. 2027');
        expect($('.markers').text()).toContain(`${DICTIONARY.da.reviewAt('6')} (8. feb. – 14. feb. 2027)`);
        expect($('tr.activity[data-exercise="shockwave"] td.dose').text()).toBe('Uge 4 · 25. jan. – 31. jan. 2027');
        const rtr = await renderText(example('return-to-running').replace('language da', 'language en\n    start 2026-12-28'));
        expect(rtr.$('table.week-table[data-exercise="walk-run"] tr.week-dose').first().find('td.dates').text()).toBe(
            '22 Mar – 28 Mar 2027'
        );
        expect(rtr.$('.phase .weeks').first().text()).toBe('Week 1 · 28 Dec 2026 – 3 Jan 2027');
    });

    test('"this week" only with a `today` option and a start: no clock', async () => {
        const withToday = await renderText(example('nurse-standing'), { today: '2027-02-03' });
        expect(withToday.$('.this-week').text()).toBe('Denne uge: uge 5 · 1. feb. – 7. feb. 2027');
        expect(withToday.$('.phase.current')).toHaveLength(1);
        expect((await renderText(example('nurse-standing'))).$('.this-week')).toHaveLength(0);
        expect((await renderText(example('nurse-standing'), { today: '2026-12-01' })).$('.this-week')).toHaveLength(0);
        expect((await renderText(example('nurse-standing'), { today: '2030-01-01' })).$('.this-week')).toHaveLength(0);
        expect((await renderText(example('walker-62'), { today: '2027-02-03' })).$('.this-week')).toHaveLength(0);
        expect((await renderText(example('nurse-standing'), { today: 'tomorrow' })).$('.this-week')).toHaveLength(0);
    });

    test.each(['en', 'da'] as const)('the checklist and the guide\'s "contact us if" signs, in %s', async language => {
        const { $ } = await renderText(example('return-to-running').replace('language da', `language ${language}`));
        const w = DICTIONARY[language];
        const checklist = $('.checklist li')
            .toArray()
            .map(li => $(li).text());
        expect(checklist).toEqual([w.painDuringActivity('3/10'), w.painSettles(`24 ${w.units.h}`), w.firstStepDaily, w.handout.goBack]);
        expect(
            $('.stop-box ul.seek-help li')
                .toArray()
                .map(li => $(li).text())
        ).toEqual(PROFILE.seekHelp!.map(s => s[language]));
        expect($('.stop-box h3').text()).toBe(w.handout.seekHelpTitle);
    });

    test("the seek-help signs come from the guide's own lines", () => {
        const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'guide', 'plantar-fasciitis.da.txt'), 'utf8');
        expect(PROFILE.seekHelp!.length).toBeGreaterThanOrEqual(3);
        for (const sign of PROFILE.seekHelp!) expect(guide).toContain(sign.quote);
    });

    test('an `allow PF002` shows its reason beside the red flags', async () => {
        const text =
            'plan p {\n    condition plantar-fasciitis\n    patient { red-flags numbness }\n    allow PF002 because "Checked by the GP on 2 March: old nerve damage, stable"\n    phase a weeks 1-2 { do calf-stretch 3 x 30 s hold, daily }\n}';
        const { $ } = await renderText(text);
        const row = $('dl.facts dt')
            .filter((_, dt) => $(dt).text() === 'Red flags')
            .next('dd')
            .text();
        expect(row).toBe("numbness — your clinician's note: Checked by the GP on 2 March: old nerve damage, stable");
    });

    test('links: https and relative addresses as links (https with a QR code), anything else refused', async () => {
        const plan = (link: string) =>
            `plan p {\n    exercise v like calf-stretch "V" { link "${link}" }\n    phase a weeks 1-2 { do v 3 x 30 s hold, daily }\n}`;
        const https = await renderText(plan('https://example.org/v?a=1&b=2'));
        expect(https.$('tr.activity a').attr('href')).toBe('https://example.org/v?a=1&b=2');
        expect(https.$('tr.activity svg.qr path').attr('d')).toMatch(/^M\d/);
        const relative = await renderText(plan('videos/calf.mp4'));
        expect(relative.$('tr.activity a').attr('href')).toBe('videos/calf.mp4');
        expect(relative.$('svg.qr')).toHaveLength(0);
        for (const bad of [
            'javascript:alert(1)',
            'JavaScript:alert(1)',
            'http://example.org',
            '//evil.test/x',
            'data:text/html,x',
            'file:///etc/passwd',
            ' java\tscript:x',
            'vbscript:x'
        ]) {
            const { $, html } = await renderText(plan(bad));
            expect($('a'), bad).toHaveLength(0);
            expect(html).not.toContain('href=');
        }
    });

    test('patientLink accepts https and relative only', () => {
        expect(patientLink('https://x.org/a')).toBe('https://x.org/a');
        expect(patientLink('  ./a/b.html  ')).toBe('./a/b.html');
        for (const bad of ['', 'http://x.org', 'https:x', 'HTTPS://', 'mailto:a@b', '//x', 'a b', 'x"y', 'javascript:1', '\\\\host\\x'])
            expect(patientLink(bad), bad).toBeUndefined();
    });

    test('procedure and medication notes stay out of the handout, and in the editor preview', async () => {
        const { $ } = await renderText(example('late-case-injection-shockwave'));
        for (const id of ['nsaid', 'corticosteroid-injection', 'shockwave'])
            expect($(`tr.activity[data-exercise="${id}"] td.cue`).first().text(), id).toBe('');
        const editor = await renderText(example('late-case-injection-shockwave'), { mode: 'editor' });
        expect(editor.$('tr.activity[data-exercise="nsaid"] td.cue').text()).not.toBe('');
    });

    test("built-in cues say how, never how much: no numbers in any cue, en or da; the guide's numbers are for hover", () => {
        const builtins = parseBuiltinExercises(Rehab);
        expect(builtins.length).toBeGreaterThan(15);
        for (const e of builtins) {
            expect(e.cue, e.name).not.toMatch(/\d/);
            expect(e.cueDa, e.name).not.toMatch(/\d/);
        }
        expect(guideDose('heel-raise', 'da')).toBe('3×8-12, 3 sek. op / 3 sek. ned');
        expect(Object.keys(GUIDE_DOSES).every(id => builtins.some(e => e.name === id))).toBe(true);
    });
});

describe('week-by-week numbers', () => {
    test.each(examples().map(e => e.name))("%s: every number in the week tables is the schedule's value for that week", async name => {
        for (const language of ['en', 'da'] as const) {
            const text = example(name.replace(/\.rehab$/, ''))
                .replace(/language (en|da)/, '')
                .replace(/(plan [^{]*\{)/, `$1\n    language ${language}`);
            const { model, $ } = await renderText(text);
            const schedule = computeSchedule(model.plan!);
            const activities = model.plan!.members.filter(isPhase).flatMap(p => p.members.filter(isActivity));
            for (const table of $('table.week-table').toArray()) {
                const index = $('table.week-table').toArray().indexOf(table);
                const activity = activities.filter(a => {
                    const weeks = schedule.weeks.flatMap(w =>
                        w.activities.filter(d => d.activity === a).map(d => patientDose(d, language))
                    );
                    return new Set(weeks).size > 1;
                })[index];
                expect(activity, `${name}: a week table for an activity that changes`).toBeDefined();
                for (const row of $(table).find('tr.week-dose').toArray()) {
                    const from = Number($(row).attr('data-from')),
                        to = Number($(row).attr('data-to'));
                    const shown = parseDose($(row).find('td.dose').text());
                    for (let week = from; week <= to; week++) {
                        const dose = schedule.weeks[week - 1].activities.find(d => d.activity === activity)!;
                        expect(shown, `${name} ${language} week ${week}`).toEqual(scheduleNumbers(dose));
                    }
                }
            }
        }
    });

    test('return-to-running shows the walk-run intervals in whole seconds, week 14 at 1 min 6 s', async () => {
        const { $ } = await renderText(example('return-to-running').replace('language da', 'language en'));
        const rows = $('table.week-table[data-exercise="walk-run"] tr.week-dose')
            .toArray()
            .map(r => `${$(r).find('th').text()}: ${$(r).find('td.dose').text()}`);
        expect(rows.slice(0, 4)).toEqual([
            '13: 10 × (1 min run + 2 min walk)',
            '14: 10 × (1 min 6 s run + 2 min walk)',
            '15: 10 × (1 min 12 s run + 2 min walk)',
            '16: 10 × (1 min 19 s run + 2 min walk)'
        ]);
        expect($('table.week-table').text()).not.toMatch(/\d[.,]\d/);
        const heel = $('table.week-table[data-exercise="heel-raise"] tr.week-dose')
            .toArray()
            .map(r => `${$(r).find('th').text()}: ${$(r).find('td.dose').text()}`);
        expect(heel).toEqual([
            '2–3: 3 × 8 reps (3 s up, 3 s down)',
            '4–5: 3 × 10 reps (3 s up, 3 s down)',
            '6–12: 3 × 12 reps (3 s up, 3 s down)'
        ]);
    });

    test('durations read as whole seconds and minutes, rounded down, never above the checked dose', () => {
        const w = DICTIONARY.en;
        expect(durationWords(66.00000000000001, w)).toBe('1 min 6 s');
        expect(durationWords(72.6, w)).toBe('1 min 12 s');
        expect(durationWords(78, w)).toBe('1 min 18 s');
        expect(durationWords(59.9999999999, w)).toBe('1 min');
        expect(durationWords(1800, w)).toBe('30 min');
        expect(durationWords(45, w)).toBe('45 s');
        expect(durationWords(90, DICTIONARY.da)).toBe('1 min 30 sek.');
    });
});

describe('a referral handout still says what to do until the patient is seen', () => {
    test('lists the supports and what to avoid', async () => {
        const { validate } = await import('../test-services.js');
        const { renderPlanHtml } = await import('../../language/render/render-plan-html.js');
        const { document } = await validate(
            'plan r {\n    condition plantar-fasciitis\n    patient { red-flags wound }\n    refer "GP today"\n    phase p weeks 1-1 {\n        avoid barefoot-hard-floor\n        do heel-cup daily\n    }\n}\n'
        );
        const text = renderPlanHtml(document.parseResult.value, { mode: 'handout' }).replace(/<[^>]*>/g, ' ');
        expect(text).toMatch(/Until you have been seen/);
        expect(text).toMatch(/Heel cup/);
        expect(text).toMatch(/Avoid:/);
    });
});
