import type { Language } from '../words/dictionary.js';

// Words of the follow-up's messages and pages that are not in the profile: why an entry criterion fails,
// what a measure is called, the labels of the text report and the page. Keyed by language; a missing Danish
// phrase is a type error.

const en = {
    firstStepPain: 'First-step pain',
    activityPain: 'Pain during activity',
    contact: (who: string) => ` (contact: ${who})`,
    note: (text: string) => `; the plan says: “${text}”`,
    criterionFirstStep: (median: string, count: string, limit: string) =>
        `the median first-step pain of the last ${count} mornings is ${median}/10, above ${limit}/10`,
    criterionNoMornings: (limit: string) => `no first-step pain recorded to judge “at most ${limit}/10”`,
    criterionWalk: (minutes: string, days: string) =>
        `no walk of ${minutes} min without worsening (next morning no worse) in the last ${days} days`,
    criterionActivity: (max: string, limit: string, days: string) =>
        `pain during activity reached ${max}/10 in the last ${days} days, above ${limit}/10`,
    criterionWeek: (week: string, next: string) => `week ${week} is not reached (next week is week ${next})`,
    and: ' and ',
    // Report and page labels
    title: 'Follow-up',
    plan: 'Plan',
    start: 'Week 1 starts',
    startFrom: { option: 'given with --start', plan: 'the plan’s start', diary: 'the diary’s first day' } as Record<string, string>,
    baseline: 'Baseline (median first-step pain of the first mornings)',
    none: '—',
    week: 'Week',
    dates: 'Dates',
    phase: 'Phase',
    planWeek: 'Plan week',
    firstStepMedian: 'First-step median',
    activityMax: 'Highest activity pain',
    mornings: 'Mornings',
    decision: 'Decision',
    rules: 'Rules',
    events: 'Events',
    noEvents: 'No events: every week went as planned.',
    nextWeek: 'Next week',
    nextWeekLine: (week: string, from: string, to: string, decision: string, planWeek: string, phase: string) =>
        `next week (week ${week}, ${from} – ${to}): ${decision}, following plan week ${planWeek}${phase ? ` (${phase})` : ''}`,
    afterPlan: 'the plan has ended',
    noDoses: 'no activities planned',
    guide: 'guide',
    painChart: 'Pain per day against the plan’s ceilings',
    runChart: 'Running minutes per week: planned and adapted',
    strengthChart: 'Strength volume per week: planned and adapted',
    planned: 'planned',
    adapted: 'adapted',
    ceiling: (p: string) => `ceiling ${p}/10`,
    stopLimit: (p: string) => `stop above ${p}/10`,
    weeksTable: 'Week by week',
    diaryIssues: 'Diary problems',
    line: (n: string) => `line ${n}`,
    review: 'review',
    footer: 'The plan is the prescription, the diary is what happened: this page says what to do next week and why. It changes nothing in the plan.'
};

type FollowWords = typeof en;

const da: FollowWords = {
    firstStepPain: 'Første-skridt-smerten',
    activityPain: 'Smerten under aktivitet',
    contact: who => ` (kontakt: ${who})`,
    note: text => `; planen siger: “${text}”`,
    criterionFirstStep: (median, count, limit) =>
        `medianen af første-skridt-smerten de sidste ${count} morgener er ${median}/10, over ${limit}/10`,
    criterionNoMornings: limit => `ingen første-skridt-smerte registreret til at vurdere “højst ${limit}/10”`,
    criterionWalk: (minutes, days) => `ingen gåtur på ${minutes} min uden forværring (næste morgen ikke værre) de sidste ${days} dage`,
    criterionActivity: (max, limit, days) => `smerten under aktivitet nåede ${max}/10 de sidste ${days} dage, over ${limit}/10`,
    criterionWeek: (week, next) => `uge ${week} er ikke nået (næste uge er uge ${next})`,
    and: ' og ',
    title: 'Opfølgning',
    plan: 'Plan',
    start: 'Uge 1 starter',
    startFrom: { option: 'angivet med --start', plan: 'planens start', diary: 'dagbogens første dag' },
    baseline: 'Udgangspunkt (median af første-skridt-smerten de første morgener)',
    none: '—',
    week: 'Uge',
    dates: 'Datoer',
    phase: 'Fase',
    planWeek: 'Planuge',
    firstStepMedian: 'Første-skridt-smerte, median',
    activityMax: 'Højeste smerte under aktivitet',
    mornings: 'Morgener',
    decision: 'Beslutning',
    rules: 'Regler',
    events: 'Hændelser',
    noEvents: 'Ingen hændelser: alle uger gik efter planen.',
    nextWeek: 'Næste uge',
    nextWeekLine: (week, from, to, decision, planWeek, phase) =>
        `næste uge (uge ${week}, ${from} – ${to}): ${decision}, svarende til planens uge ${planWeek}${phase ? ` (${phase})` : ''}`,
    afterPlan: 'planen er slut',
    noDoses: 'ingen aktiviteter planlagt',
    guide: 'guide',
    painChart: 'Smerte pr. dag sammenholdt med planens smertelofter',
    runChart: 'Løbeminutter pr. uge: planlagt og tilpasset',
    strengthChart: 'Styrkevolumen pr. uge: planlagt og tilpasset',
    planned: 'planlagt',
    adapted: 'tilpasset',
    ceiling: p => `loft ${p}/10`,
    stopLimit: p => `stop over ${p}/10`,
    weeksTable: 'Uge for uge',
    diaryIssues: 'Problemer i dagbogen',
    line: n => `linje ${n}`,
    review: 'kontrol',
    footer: 'Planen er ordinationen, dagbogen viser, hvad der faktisk skete: siden fortæller, hvad der skal ske i næste uge, og hvorfor. Den ændrer intet i planen.'
};

export type { FollowWords };

export function followWords(language: Language | undefined): FollowWords {
    return language === 'da' ? da : en;
}
