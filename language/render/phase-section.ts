import type { Activity, Exercise, Phase } from '../generated/ast.js';
import { isActivity, isAtWeeks, isAvoid, isEntry, isGoal, isReview, isShoes, isStopRule } from '../generated/ast.js';
import type { Schedule } from '../schedule/schedule.js';
import { procedureWeeks } from '../schedule/schedule.js';
import type { Language, Words } from '../words/dictionary.js';
import { html, join, type Html } from './html.js';
import { doseWords } from '../words/dose-words.js';
import {
    activityExercise,
    avoidWords,
    entryCriterionWords,
    exerciseCue,
    exerciseName,
    frequencyWords,
    humanize,
    progressionWords,
    restWords,
    stopConditionWords,
    surfaceWords
} from '../words/plan-words.js';
import { exerciseKind, exerciseText } from '../plan/plan-queries.js';
import { doseRuns, isProgressed, patientDose, weekRangeWords, type DoseRun } from './patient-doses.js';
import { patientLink } from '../plan/links.js';
import { qrSvg } from './qr-svg.js';

export interface PhaseContext {
    w: Words;
    language: Language;
    exercises: ReadonlyMap<string, Exercise>;
    /** Editor preview: elements carry `data-line` for click-to-source. */
    editor: boolean;
    schedule: Schedule;
    /** The plan's `start` (`YYYY-MM-DD`), for dates beside week numbers. */
    start?: string;
    /** The plan week that holds the `today` render option, when there is one. */
    currentWeek?: number;
}

function lineAttr(node: { $cstNode?: { range: { start: { line: number } } } }, editor: boolean): Html | '' {
    const line = node.$cstNode?.range.start.line;
    return editor && typeof line === 'number' ? html` data-line="${line + 1}"` : '';
}

/** `Week 6 · 8–14 Feb 2027` when the plan has a start; the week alone otherwise. */
export function weeksWithDates(from: number, to: number, c: Pick<PhaseContext, 'w' | 'start'>): string {
    const weeks = c.w.weeks(c.w.num(from), c.w.num(to));
    const dates = weekRangeWords(c.start, from, to, c.w);
    return dates ? `${weeks} · ${dates}` : weeks;
}

/** Kinds whose cue is a note for the clinician (when and how often a procedure or a drug is allowed), not for the patient. */
const CLINICAL_KINDS = new Set(['procedure', 'medication']);

/** One phase: its weeks, goal, entry criteria, what to avoid, its own stop rules, its activities and their weeks. */
export function renderPhase(phase: Phase, c: PhaseContext): Html {
    const { w, language } = c;
    const members = phase.members ?? [];
    const goals = members
        .filter(isGoal)
        .map(g => g.text)
        .filter((t): t is string => typeof t === 'string');
    const criteria = members
        .filter(isEntry)
        .flatMap(e => e.criteria.map(x => entryCriterionWords(x, language)))
        .filter(Boolean);
    const avoid = members.filter(isAvoid).flatMap(a => a.items.map(i => avoidWords(i, c.exercises, language)));
    const stops = members
        .filter(isStopRule)
        .flatMap(r => r.conditions.map(x => stopConditionWords(x, language)))
        .filter(Boolean);
    const reviews = members.filter(isReview).map(r => {
        const at = typeof r.week === 'number' ? weekRangeWords(c.start, r.week, r.week, w) : undefined;
        const label = at ? `${w.reviewAt(w.num(r.week))} (${at})` : w.reviewAt(w.num(r.week));
        return r.note ? `${label}: ${r.note}` : label;
    });
    const shoes = members.filter(isShoes).map(s => w.shoes(w.num(s.distance?.value)));
    const activities = members.filter(isActivity);
    const from = typeof phase.from === 'number' ? phase.from : undefined;
    const to = phase.to ?? from;
    const weeks = from !== undefined && to !== undefined ? weeksWithDates(from, to, c) : '';
    const current = c.currentWeek !== undefined && from !== undefined && to !== undefined && c.currentWeek >= from && c.currentWeek <= to;
    const progressed = activities.map(a => ({ activity: a, runs: doseRuns(c.schedule, a, language) })).filter(x => isProgressed(x.runs));
    return html`<section class="phase${current ? ' current' : ''}" data-phase="${phase.name ?? ''}"${lineAttr(phase, c.editor)}>
<h3>${phase.title ?? humanize(phase.name ?? '')}<span class="weeks">${weeks}</span>${current ? html`<span class="now">${w.handout.thisWeek(w.num(c.currentWeek))}</span>` : ''}</h3>
${join(goals.map(g => html`<p class="goal"><span class="label">${w.goal}:</span> ${g}</p>`))}
${criteria.length ? html`<p class="entry"><span class="label">${c.editor ? w.startWhen : w.handout.startOnlyWhen}</span> ${criteria.join(w.and)}.</p>` : ''}
${avoid.length ? html`<p class="avoid"><span class="label">${w.avoid}:</span> ${avoid.join(', ')}.</p>` : ''}
${stops.length ? html`<p class="phase-stop"><span class="label">${w.phaseStop}</span> ${stops.join(w.or)}.</p>` : ''}
${join([...reviews, ...shoes].map(t => html`<p class="phase-note">${t}</p>`))}
${activities.length ? renderActivities(activities, c) : html`<p class="subtitle">${w.noActivities}</p>`}
${join(progressed.map(p => renderWeekTable(p.activity, p.runs, c)))}
</section>`;
}

function renderActivities(activities: Activity[], c: PhaseContext): Html {
    const { w } = c;
    // Columns nobody in this phase uses are left out, so the table stays readable on paper. The handout shows
    // progressions as week-by-week numbers instead of the rule that makes them.
    const showProgress = c.editor && activities.some(a => (a.progressions ?? []).length > 0);
    const showRest = activities.some(a => (a.rests ?? []).length > 0);
    const rows = activities.map(a => {
        const exercise = activityExercise(a);
        const name = exerciseName(exercise, a.exercise?.$refText, c.language);
        const surface = a.surface ? ` ${w.surface} ${surfaceWords(a.surface, c.language)}` : '';
        const progress = (a.progressions ?? []).map(p => progressionWords(p, c.language));
        const rest = (a.rests ?? []).map(r => restWords(r, c.language));
        const clinical = CLINICAL_KINDS.has(exerciseKind(exercise) ?? '');
        const cue = clinical && !c.editor ? '' : (exerciseCue(exercise, c.language) ?? '');
        return html`<tr class="activity" data-exercise="${exercise?.name ?? a.exercise?.$refText ?? ''}"${lineAttr(a, c.editor)}>
<td class="name">${name}${renderLink(exercise, c)}</td><td class="cue">${cue}</td>
<td class="dose">${activityDose(a, c)}</td><td class="frequency">${frequencyWords(a.frequency, c.language)}${surface}</td>
${showProgress ? html`<td class="progression">${join(progress.map(p => html`<div>${p}</div>`))}</td>` : ''}${showRest ? html`<td class="rest">${join(rest.map(r => html`<div>${r}</div>`))}</td>` : ''}</tr>`;
    });
    return html`<table class="activities"><thead><tr><th scope="col">${w.exercise}</th><th scope="col">${w.howTo}</th><th scope="col">${w.dose}</th><th scope="col">${w.howOften}</th>${showProgress ? html`<th scope="col">${w.progression}</th>` : ''}${showRest ? html`<th scope="col">${w.rest}</th>` : ''}</tr></thead>
<tbody>${join(rows)}</tbody></table>`;
}

/** The dose in its first week, from the schedule (the numbers the rules checked); procedures with their dates. */
function activityDose(a: Activity, c: PhaseContext): string {
    if (isAtWeeks(a.dose) || exerciseKind(activityExercise(a)) === 'procedure') {
        const weeks = procedureWeeks(a);
        if (c.start && weeks.length > 0 && weeks.length <= 6) return weeks.map(wk => weeksWithDates(wk, wk, c)).join('; ');
        return doseWords(a.dose, c.language);
    }
    const first = c.schedule.weeks.find(wk => wk.activities.some(d => d.activity === a))?.activities.find(d => d.activity === a);
    return first ? patientDose(first, c.language) : doseWords(a.dose, c.language);
}

/** The exercise's video or instructions: a link on screen, a QR code on paper. */
function renderLink(exercise: Exercise | undefined, c: PhaseContext): Html | '' {
    const link = patientLink(exerciseText(exercise).link);
    if (!link) return '';
    const qr = link.startsWith('https:') ? qrSvg(link, `${c.w.handout.scan}: ${link}`) : undefined;
    return html`<div class="link"><a href="${link}" rel="noopener noreferrer">${c.w.handout.video}</a><span class="link-text">${link}</span>${qr ? html`<figure class="qr-code">${qr}<figcaption>${c.w.handout.scan}</figcaption></figure>` : ''}</div>`;
}

/** A progressed activity's doses week by week, equal weeks merged, with dates when the plan has a start. */
function renderWeekTable(activity: Activity, runs: DoseRun[], c: PhaseContext): Html {
    const { w } = c;
    const exercise = activityExercise(activity);
    const name = exerciseName(exercise, activity.exercise?.$refText, c.language);
    const rows = runs.map(r => {
        const current = c.currentWeek !== undefined && c.currentWeek >= r.from && c.currentWeek <= r.to;
        const weeks = r.from === r.to ? w.num(r.from) : `${w.num(r.from)}–${w.num(r.to)}`;
        const dates = weekRangeWords(c.start, r.from, r.to, w);
        return html`<tr class="week-dose${current ? ' current' : ''}" data-from="${r.from}" data-to="${r.to}"><th scope="row">${weeks}</th>${c.start ? html`<td class="dates">${dates ?? ''}</td>` : ''}<td class="dose">${r.text}</td></tr>`;
    });
    return html`<table class="week-table" data-exercise="${exercise?.name ?? activity.exercise?.$refText ?? ''}"><caption>${w.handout.weekByWeek(name)}</caption>
<thead><tr><th scope="col">${w.week}</th>${c.start ? html`<th scope="col">${w.handout.dates}</th>` : ''}<th scope="col">${w.dose}</th></tr></thead>
<tbody>${join(rows)}</tbody></table>`;
}
