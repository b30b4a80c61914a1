import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import { Rehab, validate } from '../test-services.js';

afterEach(() => clearDocuments(Rehab.shared));

/** A plan without a condition: only the generic RP rules apply. */
function plan(body: string): string {
    return `plan p "Test" {\n${body}\n}`;
}

async function rules(text: string): Promise<Array<[string, string]>> {
    const { diagnostics } = await validate(text);
    // A rule cannot judge an activity whose exercise does not resolve: "silent" would then prove nothing.
    const unresolved = diagnostics.filter(d => d.code === 'reference');
    if (unresolved.length > 0) throw new Error(`Snippet does not link: ${unresolved.map(d => d.message).join('; ')}\n${text}`);
    const names = ['', 'error', 'warning', 'info', 'hint'];
    return diagnostics.map(d => [String(d.code), names[d.severity ?? 1]]);
}

async function fires(text: string, rule: string, severity: string) {
    expect(await rules(text)).toContainEqual([rule, severity]);
}

async function silent(text: string, rule: string) {
    expect((await rules(text)).map(r => r[0])).not.toContain(rule);
}

describe('RP001 overlapping or backwards phases', () => {
    test('fires on overlap', () => fires(plan('phase a weeks 1-4 { }\nphase b weeks 4-6 { }'), 'RP001', 'error'));
    test('fires on a backwards range', () => fires(plan('phase a weeks 8-3 { }'), 'RP001', 'error'));
    test('silent on adjacent phases', () => silent(plan('phase a weeks 1-3 { }\nphase b weeks 4-6 { }'), 'RP001'));
    test('silent on a one-week phase written `weeks 5`', () => silent(plan('phase a weeks 1-4 { }\nphase b weeks 5 { }'), 'RP001'));
});

describe('RP002 gaps between phases', () => {
    test('fires on a gap of one week', () => fires(plan('phase a weeks 1-3 { }\nphase b weeks 5-6 { }'), 'RP002', 'warning'));
    test('silent when phases meet', () => silent(plan('phase a weeks 1-3 { }\nphase b weeks 4-6 { }'), 'RP002'));
    test('judged in week order, not text order', () => silent(plan('phase b weeks 4-6 { }\nphase a weeks 1-3 { }'), 'RP002'));
});

describe('RP003 duplicate ids', () => {
    test('fires on two phases with one id', () => fires(plan('phase a weeks 1-3 { }\nphase a weeks 4-6 { }'), 'RP003', 'error'));
    test('fires on two exercises with one id', () =>
        fires(plan('exercise x { kind strength }\nexercise x { kind stretch }\nphase a weeks 1-3 { do x 3 x 10 reps }'), 'RP003', 'error'));
    test('silent when a phase and an exercise share a name', () =>
        silent(plan('exercise a { kind strength }\nphase a weeks 1-3 { do a 3 x 10 reps }'), 'RP003'));
});

describe('RP003 settings written twice', () => {
    test.each([
        ['language', 'language da\nlanguage en'],
        ['condition', 'condition plantar-fasciitis\ncondition plantar-fasciitis'],
        ['a patient fact', 'patient { age 40 age 70 }'],
        ['a patient fact in another block', 'patient { age 40 }\npatient { age 70 }']
    ])('fires on a second %s', (_what, body) => fires(plan(body), 'RP003', 'error'));
    test('silent when each is written once, and on patient and monitor blocks that add up', () =>
        silent(
            plan(
                'language da\npatient { age 40 }\npatient { red-flags none }\nmonitor { pain settles within 24 h }\nmonitor { pain during activity at most 3/10 }'
            ),
            'RP003'
        ));
});

describe('RP004 unknown condition', () => {
    test('fires and lists the known ones', async () => {
        const { diagnostics } = await validate(plan('condition tennis-elbow\nphase a weeks 1-2 { }'));
        const d = diagnostics.find(x => x.code === 'RP004');
        expect(d?.severity).toBe(1);
        expect(d?.message).toContain('plantar-fasciitis');
    });
    test('silent for plantar-fasciitis', () => silent(plan('condition plantar-fasciitis\nphase a weeks 1-2 { }'), 'RP004'));
});

describe('RP005 allow', () => {
    test('fires on an unknown rule id', () => fires(plan('allow PF999 because "x"\nphase a weeks 1-2 { }'), 'RP005', 'error'));
    test('fires on a missing reason', () => fires(plan('allow RP002\nphase a weeks 1-2 { }\nphase b weeks 4-5 { }'), 'RP005', 'error'));
    test('fires on an empty reason, which silences nothing', async () => {
        const r = await rules(plan('allow RP002 because "  "\nphase a weeks 1-2 { }\nphase b weeks 4-5 { }'));
        expect(r).toContainEqual(['RP005', 'error']);
        expect(r).toContainEqual(['RP002', 'warning']);
    });
    test('a valid allow silences its rule', async () => {
        const r = await rules(plan('allow RP002 because "Holiday planned"\nphase a weeks 1-2 { }\nphase b weeks 4-5 { }'));
        expect(r.map(x => x[0])).not.toContain('RP002');
        expect(r.map(x => x[0])).not.toContain('RP005');
    });
    test('a phase allow silences only in its phase', async () => {
        const r = await rules(plan('phase a weeks 1-2 { }\nphase b weeks 4-5 { allow RP002 because "Holiday" }'));
        expect(r.map(x => x[0])).not.toContain('RP002');
    });
    test('hint when the allowed rule would not fire', () =>
        fires(plan('allow RP002 because "just in case"\nphase a weeks 1-2 { }'), 'RP005', 'hint'));
    test('the missing-reason fix adds a placeholder', async () => {
        const { diagnostics } = await validate(plan('allow RP002\nphase a weeks 1-2 { }'));
        const fix = (diagnostics.find(d => d.code === 'RP005')?.data as { fix?: { edits: Array<{ newText: string }> } }).fix;
        expect(fix?.edits[0].newText).toContain('because');
    });
});

describe('RP006 values out of range', () => {
    test.each([
        ['pain above 10', 'monitor { pain during activity at most 11/10 }'],
        ['pain below 0', 'monitor { pain during activity at most -1/10 }'],
        ['a pain scale that is not /10', 'monitor { pain during activity at most 3/5 }'],
        ['zero sets', 'phase a weeks 1-2 { do heel-raise 0 x 10 reps }'],
        ['negative reps', 'phase a weeks 1-2 { do heel-raise 3 x -2 reps }'],
        ['zero minutes', 'phase a weeks 1-2 { do cycling 0 min }'],
        ['age over 120', 'patient { age 121 }'],
        ['weight over 400 kg', 'patient { weight 401 kg }'],
        ['a week past ten years', 'phase a weeks 1-600 { }']
    ])('fires on %s', (_, body) => fires(plan(body), 'RP006', 'error'));
    test.each([
        ['pain at exactly 10/10', 'monitor { pain during activity at most 10/10 }'],
        ['pain at exactly 0/10', 'monitor { pain during activity at most 0/10 }'],
        ['age exactly 120', 'patient { age 120 }'],
        ['weight exactly 400 kg', 'patient { weight 400 kg }'],
        ['one set of one rep', 'phase a weeks 1-2 { do heel-raise 1 x 1 reps }']
    ])('silent on %s', (_, body) => silent(plan(body), 'RP006'));
});

describe('RP007 dose and kind', () => {
    test.each([
        ['reps for ice', 'do ice 3 x 10 reps'],
        ['minutes for surgery', 'do surgery 30 min'],
        ['`at week` for heel-raise', 'do heel-raise at week 3'],
        ['a hold for cycling', 'do cycling 3 x 30 s hold']
    ])('fires on %s', (_, line) => fires(plan(`phase a weeks 1-40 { ${line} }`), 'RP007', 'error'));
    test.each([
        ['minutes for ice', 'do ice 15 min, 2 times daily'],
        ['`at week` for surgery', 'do surgery at week 40'],
        ['reps for heel-raise', 'do heel-raise 3 x 10 reps'],
        ['no dose for a support', 'do heel-cup daily'],
        ['intervals for walk-run', 'do walk-run 10 x (1 min run + 2 min walk)']
    ])('silent on %s', (_, line) => silent(plan(`phase a weeks 1-40 { ${line} }`), 'RP007'));
});

describe('RP008 progressions', () => {
    test('fires when the target is not in the dose', () =>
        fires(plan('phase a weeks 1-6 { do heel-raise 3 x 10 reps { progress load +2 kg every 2 weeks } }'), 'RP008', 'warning'));
    test('fires when `until` is below the start', () =>
        fires(plan('phase a weeks 1-6 { do heel-raise 3 x 10 reps { progress reps +2 every 2 weeks until 8 reps } }'), 'RP008', 'warning'));
    test('silent when `until` equals the start', () =>
        silent(plan('phase a weeks 1-6 { do heel-raise 3 x 10 reps { progress reps +2 every 2 weeks until 10 reps } }'), 'RP008'));
    test('silent on a load progression with a load', () =>
        silent(
            plan('phase a weeks 1-6 { do heel-raise 3 x 10 reps load 2 kg { progress load +2 kg every 2 weeks until 8 kg } }'),
            'RP008'
        ));
    test('silent on run-time of intervals', () =>
        silent(plan('phase a weeks 1-6 { do walk-run 10 x (1 min run + 2 min walk) { progress run-time +10 % every week } }'), 'RP008'));
});

describe('RP008 and RP006 on activities without a dose or with a zero walk', () => {
    test('RP006 fires on `every 0.5 days`', () =>
        fires(plan('phase a weeks 1-6 { do heel-raise 3 x 10 reps, every 0.5 days }'), 'RP006', 'error'));
    test('RP006 silent on `every 1 day`', () => silent(plan('phase a weeks 1-6 { do heel-raise 3 x 10 reps, every 1 day }'), 'RP006'));
    test('RP008 fires on a progression of an activity that has no dose', () =>
        fires(plan('phase a weeks 1-6 { do heel-cup daily { progress reps +1 every 2 weeks } }'), 'RP008', 'warning'));
    test('RP006 fires on intervals with 0 min walk', () =>
        fires(plan('phase a weeks 1-6 { do walk-run 3 x (1 min run + 0 min walk), 3 times weekly }'), 'RP006', 'error'));
    test('RP006 silent on intervals with a walk', () =>
        silent(plan('phase a weeks 1-6 { do walk-run 3 x (1 min run + 1 min walk), 3 times weekly }'), 'RP006'));
});

describe('RP008 units that do not fit the progression', () => {
    const on = (dose: string, progress: string) => plan(`phase a weeks 1-6 { do heel-raise ${dose} { ${progress} } }`);
    const hold = (progress: string) => plan(`phase a weeks 1-6 { do calf-stretch 3 x 30 s hold { ${progress} } }`);
    test('fires on a step in kg for reps', () => fires(on('3 x 10 reps', 'progress reps +2 kg every 2 weeks'), 'RP008', 'warning'));
    test('fires on an `until` in minutes for reps', () =>
        fires(on('3 x 10 reps', 'progress reps +2 every 2 weeks until 12 min'), 'RP008', 'warning'));
    test('fires on a hold step without a unit', () => fires(hold('progress hold +5 every 2 weeks'), 'RP008', 'warning'));
    test('fires on a load step in reps', () =>
        fires(on('3 x 10 reps load 2 kg', 'progress load +2 reps every 2 weeks'), 'RP008', 'warning'));
    test.each([
        ['3 x 10 reps', 'progress reps +2 every 2 weeks until 12 reps'],
        ['3 x 10 reps', 'progress reps +2 reps every 2 weeks until 12'],
        ['3 x 10 reps', 'progress sets +1 every 4 weeks until 4 sets'],
        ['3 x 10 reps', 'progress reps +10 % every 2 weeks'],
        ['3 x 10 reps load 2 kg', 'progress load +1 kg every 2 weeks until 5 kg']
    ])('silent on %s with `%s`', (dose, progress) => silent(on(dose, progress), 'RP008'));
    test('silent on a hold in seconds up to minutes', () => silent(hold('progress hold +5 s every 2 weeks until 1 min'), 'RP008'));
});

describe('RP006 a progression that grows without bound', () => {
    const load = (step: string, weeks = '1-2', until = '') =>
        plan(`phase a weeks ${weeks} { do heel-raise 3 x 10 reps load 1 kg { progress load +${step} every week${until} } }`);
    test('fires on +1000 % a week over 400 weeks', () => fires(load('1000 %', '1-400'), 'RP006', 'error'));
    test('silent when `until` caps it', () => silent(load('1000 %', '1-400', ' until 40 kg'), 'RP006'));
    test('exactly 1,000,000 kg in the last week is not flagged', () => silent(load('999999 kg'), 'RP006'));
    test('1,000,001 kg is', () => fires(load('1000000 kg'), 'RP006', 'error'));
});

describe('RP006 words with a fixed set of values', () => {
    test('fires on a language other than en or da', () => fires(plan('language fr'), 'RP006', 'error'));
    test.each(['en', 'da'])('silent on `language %s`', code => silent(plan(`language ${code}`), 'RP006'));
    test('fires on an unknown red flag', () => fires(plan('patient { red-flags feverr }'), 'RP006', 'error'));
    test('fires on `none` listed with a red flag', () => fires(plan('patient { red-flags none, trauma }'), 'RP006', 'error'));
    test('silent on `red-flags none` and on known flags', async () => {
        await silent(plan('patient { red-flags none }'), 'RP006');
        await silent(plan('patient { red-flags trauma, night-pain, bilateral-with-back-pain }'), 'RP006');
    });
});

describe('RP009 weeks outside the plan', () => {
    test('fires on a review after the last phase', () => fires(plan('review at week 12\nphase a weeks 1-10 { }'), 'RP009', 'warning'));
    test('fires on a procedure after the last phase', () =>
        fires(plan('phase a weeks 1-10 { do shockwave at week 11 }'), 'RP009', 'warning'));
    test('fires on an entry week outside the plan', () => fires(plan('phase a weeks 1-10 { entry when week 20 }'), 'RP009', 'warning'));
    test('silent on the last week itself', () =>
        silent(plan('review at week 10\nphase a weeks 1-10 { do shockwave at week 10 }'), 'RP009'));
});

describe('RP006 numbers beyond what a number can hold', () => {
    test('a 400-digit number of sets is out of range (found by fuzzing)', () =>
        fires(plan(`phase a weeks 1-2 { do heel-raise ${'9'.repeat(400)} x 10 reps }`), 'RP006', 'error'));
    test.each(['patient { weight 5000000 kg }', 'monitor { pain during activity at most 2000000/10 }'])(
        '`%s` is reported once',
        async body => {
            expect((await rules(plan(body))).filter(([rule]) => rule === 'RP006')).toHaveLength(1);
        }
    );
    test('a 400-digit age is reported once, not also as an implausible age', async () => {
        expect((await rules(plan(`patient { age ${'9'.repeat(400)} }`))).filter(([rule]) => rule === 'RP006')).toHaveLength(1);
    });
});

describe('RP006 at the million boundary', () => {
    test('exactly 1,000,000 is not flagged as too large', () =>
        silent(plan('phase a weeks 1-2 { do heel-raise 3 x 1000000 reps }'), 'RP006'));
    test('1,000,001 is', () => fires(plan('phase a weeks 1-2 { do heel-raise 3 x 1000001 reps }'), 'RP006', 'error'));
});
