import fc from 'fast-check';

/** Grammatical plans: random phases, doses, frequencies, progressions, procedures, allows and stop rules. */
const EXERCISES = [
    'heel-raise',
    'calf-stretch',
    'plantar-fascia-stretch',
    'towel-scrunch',
    'toe-spread',
    'single-leg-balance',
    'cycling',
    'swimming',
    'walk',
    'walk-run',
    'run',
    'ice',
    'taping',
    'heel-cup',
    'insoles',
    'nsaid',
    'corticosteroid-injection',
    'shockwave',
    'surgery',
    'my-ex',
    'my-ice',
    'hops'
];
const RULES = ['PF001', 'PF013', 'PF020', 'PF022', 'PF033', 'PF051', 'RP002', 'RP008', 'XX999'];

const num = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 1, 2, 3, 10, 12, 13, 20, 39, 52, 521, 9999));
const pain = fc.tuple(fc.integer({ min: -2, max: 12 }), fc.constantFrom(10, 10, 10, 5)).map(([v, s]) => `${v}/${s}`);
const text = fc.string({ maxLength: 30 }).map(s => JSON.stringify(s.replace(/[\r\n]/g, ' ')));

// v2: ranges (either way round), clinician spellings, and `reps` / `hold` left out.
const range = fc.tuple(num, fc.option(num)).map(([a, b]) => (b === null ? `${a}` : `${a}-${b}`));
const timeUnit = fc.constantFrom('s', 'min', 'sec', 'seconds', 'mins', 'minutes', 'hour');

const dose = fc.oneof(
    fc
        .tuple(num, range, fc.constantFrom(' reps', ''), fc.option(fc.tuple(num, num, num)), fc.option(num))
        .map(([s, r, word, t, l]) => `${s} x ${r}${word}${t ? ` tempo ${t.join('-')}` : ''}${l !== null ? ` load ${l} kg` : ''}`),
    fc.tuple(num, range, timeUnit, fc.constantFrom(' hold', '')).map(([s, h, u, word]) => `${s} x ${h} ${u}${word}`),
    fc.tuple(range, timeUnit).map(([q, u]) => `${q} ${u}`),
    fc.tuple(num, num, num).map(([n, r, w]) => `${n} x (${r} min run + ${w} min walk)`),
    fc.tuple(num, fc.constantFrom('min', 's', 'h', 'km')).map(([q, u]) => `${q} ${u}`),
    fc.array(num, { minLength: 1, maxLength: 4 }).map(ws => `at week ${ws.join(', ')}`),
    fc.constant('')
);

const frequency = fc.oneof(
    fc.tuple(num, fc.constantFrom('daily', 'weekly')).map(([n, p]) => `${n} times ${p}`),
    fc.tuple(range, fc.constantFrom('a day', 'per day', 'a week', 'per week', 'daily')).map(([n, p]) => `${n} times ${p}`),
    fc.constantFrom('twice a week', 'once a day', 'twice per day'),
    fc.constantFrom('once daily', 'twice weekly', 'daily', 'weekly', 'every other day'),
    num.map(n => `every ${n} days`),
    fc.constant('')
);

const progression = fc
    .tuple(
        fc.constantFrom('reps', 'sets', 'hold', 'load', 'run-time', 'duration'),
        fc.constantFrom('+', '-'),
        num,
        fc.constantFrom('', ' %', ' reps', ' s', ' min', ' kg'),
        fc.option(num),
        fc.option(fc.tuple(num, fc.constantFrom('', ' reps', ' min', ' s', ' kg')))
    )
    .map(
        ([t, sign, step, unit, every, until]) =>
            `progress ${t} ${sign}${step}${unit} every ${every === null ? 'week' : `${every} weeks`}${until ? ` until ${until[0]}${until[1]}` : ''}`
    );

const activity = fc
    .tuple(
        fc.constantFrom(...EXERCISES),
        dose,
        frequency,
        fc.option(fc.constantFrom('soft-surface', 'hard-surface', 'hills', 'barefoot-hard-floor')),
        fc.array(progression, { maxLength: 2 }),
        fc.option(num)
    )
    .map(([ex, d, f, surface, progs, rest]) => {
        const head = `do ${ex}${d ? ' ' + d : ''}${f ? (d ? ', ' : ' ') + f : ''}${surface ? ' on ' + surface : ''}`;
        const body = [...progs, ...(rest !== null ? [`rest ${rest} days between sessions`] : [])];
        return body.length ? `${head} {\n            ${body.join('\n            ')}\n        }` : head;
    });

const stopRule = fc
    .array(
        fc.oneof(
            fc.constant('first-step pain rises'),
            num.map(n => `first-step pain rises ${n} points`),
            pain.map(p => `pain above ${p}`),
            fc.constantFrom('swelling', 'night-pain')
        ),
        { minLength: 1, maxLength: 3 }
    )
    .map(cs => `stop when ${cs.join(' or ')}`);

const entry = fc
    .array(
        fc.oneof(
            pain.map(p => `first-step pain at most ${p}`),
            num.map(n => `walk ${n} min without worsening`),
            num.map(n => `week ${n}`)
        ),
        { minLength: 1, maxLength: 3 }
    )
    .map(cs => `entry when ${cs.join(' and ')}`);

const avoid = fc
    .array(fc.constantFrom('running', 'jumping', 'run', 'hills', 'barefoot-hard-floor', 'strength'), { minLength: 1, maxLength: 3 })
    .map(ws => `avoid ${ws.join(', ')}`);

const allow = fc.tuple(fc.constantFrom(...RULES), fc.option(text)).map(([r, why]) => `allow ${r}${why !== null ? ` because ${why}` : ''}`);

const phase = fc
    .tuple(
        fc.integer({ min: 0, max: 5 }),
        num,
        fc.option(num),
        fc.option(text),
        fc.array(activity, { maxLength: 5 }),
        fc.option(entry),
        fc.option(stopRule),
        fc.option(allow),
        fc.option(num),
        fc.option(avoid)
    )
    .map(([i, from, to, title, acts, ent, stop, al, review, av]) =>
        [
            `    phase ph-${i}${title ? ' ' + title : ''} weeks ${from}${to !== null ? '-' + to : ''} {`,
            ...(ent ? [`        ${ent}`] : []),
            ...(stop ? [`        ${stop}`] : []),
            ...(al ? [`        ${al}`] : []),
            ...(av ? [`        ${av}`] : []),
            ...(review !== null ? [`        review at week ${review}`] : []),
            ...acts.map(a => `        ${a}`),
            '    }'
        ].join('\n')
    );

/** v2 plan lines: history (sometimes impossible), start (sometimes not a date), contact, refer, variants. */
const v2Lines = fc
    .tuple(
        fc.option(fc.tuple(num, fc.constantFrom('weeks', 'months', 'years', 'days'), fc.option(num))),
        fc.option(fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))),
        fc.option(text),
        fc.option(text),
        fc.option(fc.constantFrom('https://example.org/v', 'videos/a.mp4', 'javascript:alert(1)', '')),
        fc.boolean()
    )
    .map(([history, start, contact, refer, link, variants]) => [
        ...(history
            ? [`    history { symptoms for ${history[0]} ${history[1]}${history[2] !== null ? `  treated for ${history[2]} months` : ''} }`]
            : []),
        ...(start ? [`    start ${start[0]}-${String(start[1]).padStart(2, '0')}-${String(start[2]).padStart(2, '0')}`] : []),
        ...(contact !== null ? [`    contact ${contact}`] : []),
        ...(refer !== null ? [`    refer ${refer}`] : []),
        ...(variants
            ? [
                  `    exercise my-ice like ice "Bottle" {${link !== null ? ` link ${JSON.stringify(link)}` : ''} }`,
                  '    exercise hops { kind jumping }'
              ]
            : [])
    ]);

export const planText = fc
    .tuple(
        fc.option(fc.constantFrom('plantar-fasciitis', 'tennis-elbow')),
        fc.option(fc.constantFrom('en', 'da')),
        fc.option(fc.tuple(num, num, fc.constantFrom('none', 'trauma, swelling', 'redness', 'numbness, wound'))),
        fc.option(pain),
        fc.option(num),
        fc.option(stopRule),
        fc.array(phase, { maxLength: 4 }),
        fc.option(allow),
        fc.option(num),
        fc.boolean(),
        v2Lines
    )
    .map(
        ([cond, lang, patient, ceiling, settles, stop, phases, al, shoes, userEx, v2]) =>
            [
                'plan fuzz "Fuzz" {',
                ...(cond ? [`    condition ${cond}`] : []),
                ...(lang ? [`    language ${lang}`] : []),
                ...(patient ? [`    patient { age ${patient[0]} weight ${patient[1]} kg red-flags ${patient[2]} }`] : []),
                `    monitor {${ceiling ? ` pain during activity at most ${ceiling}` : ''}${settles !== null ? ` pain settles within ${settles} h` : ''} }`,
                ...(stop ? [`    ${stop}`] : []),
                ...(al ? [`    ${al}`] : []),
                ...(shoes !== null ? [`    shoes replace every ${shoes} km`] : []),
                ...(userEx ? ['    exercise my-ex "Mine" { kind strength cue "Slowly" }'] : []),
                ...v2,
                ...phases,
                '}'
            ].join('\n') + '\n'
    );

/** Mutations of a text: deleted, duplicated and swapped lines and characters, truncation, unicode, long tokens. */
export function mutated(base: string): fc.Arbitrary<string> {
    const lines = base.split('\n');
    return fc.oneof(
        fc.integer({ min: 0, max: base.length }).map(i => base.slice(0, i)),
        fc
            .tuple(fc.integer({ min: 0, max: base.length }), fc.integer({ min: 0, max: 20 }))
            .map(([i, n]) => base.slice(0, i) + base.slice(i + n)),
        fc.tuple(fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 0, max: lines.length - 1 })).map(([a, b]) => {
            const copy = [...lines];
            [copy[a], copy[b]] = [copy[b], copy[a]];
            return copy.join('\n');
        }),
        fc.integer({ min: 0, max: lines.length - 1 }).map(i => [...lines.slice(0, i), lines[i], ...lines.slice(i)].join('\n')),
        fc.integer({ min: 0, max: lines.length - 1 }).map(i => [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n')),
        fc
            .tuple(fc.integer({ min: 0, max: base.length }), fc.string({ unit: 'grapheme', maxLength: 8 }))
            .map(([i, s]) => base.slice(0, i) + s + base.slice(i)),
        fc
            .tuple(
                fc.integer({ min: 0, max: base.length }),
                fc.constantFrom('a'.repeat(5000), '9'.repeat(400), '-'.repeat(300), '{'.repeat(200), '"'.repeat(50), '/*')
            )
            .map(([i, s]) => base.slice(0, i) + s + base.slice(i))
    );
}
