import type { Activity, Exercise, Phase } from '../generated/ast.js';
import { isActivity, isAvoid, isEntry, isGoal, isReview, isShoes, isStopRule } from '../generated/ast.js';
import type { Language, Words } from '../words/dictionary.js';
import { html, join, type Html } from './html.js';
import { doseWords } from '../words/dose-words.js';
import {
    activityExercise, avoidWords, entryCriterionWords, exerciseCue, exerciseName, frequencyWords, humanize, progressionWords,
    restWords, stopConditionWords, surfaceWords
} from '../words/plan-words.js';

export interface PhaseContext {
    w: Words;
    language: Language;
    exercises: ReadonlyMap<string, Exercise>;
    /** Editor preview: elements carry `data-line` for click-to-source. */
    editor: boolean;
}

function lineAttr(node: { $cstNode?: { range: { start: { line: number } } } }, editor: boolean): Html | '' {
    const line = node.$cstNode?.range.start.line;
    return editor && typeof line === 'number' ? html` data-line="${line + 1}"` : '';
}

/** One phase: its weeks, goal, entry criteria, what to avoid, its own stop rules and its activities. */
export function renderPhase(phase: Phase, c: PhaseContext): Html {
    const { w, language } = c;
    const members = phase.members ?? [];
    const goals = members.filter(isGoal).map(g => g.text).filter((t): t is string => typeof t === 'string');
    const criteria = members.filter(isEntry).flatMap(e => e.criteria.map(x => entryCriterionWords(x, language))).filter(Boolean);
    const avoid = members.filter(isAvoid).flatMap(a => a.items.map(i => avoidWords(i, c.exercises, language)));
    const stops = members.filter(isStopRule).flatMap(r => r.conditions.map(x => stopConditionWords(x, language))).filter(Boolean);
    const reviews = members.filter(isReview).map(r => (r.note ? `${w.reviewAt(w.num(r.week))}: ${r.note}` : w.reviewAt(w.num(r.week))));
    const shoes = members.filter(isShoes).map(s => w.shoes(w.num(s.distance?.value)));
    const activities = members.filter(isActivity);
    const weeks = typeof phase.from === 'number' ? w.weeks(w.num(phase.from), w.num(phase.to ?? phase.from)) : '';
    return html`<section class="phase" data-phase="${phase.name ?? ''}"${lineAttr(phase, c.editor)}>
<h3>${phase.title ?? humanize(phase.name ?? '')}<span class="weeks">${weeks}</span></h3>
${join(goals.map(g => html`<p class="goal"><span class="label">${w.goal}:</span> ${g}</p>`))}
${criteria.length ? html`<p class="entry"><span class="label">${w.startWhen}</span> ${criteria.join(w.and)}.</p>` : ''}
${avoid.length ? html`<p class="avoid"><span class="label">${w.avoid}:</span> ${avoid.join(', ')}.</p>` : ''}
${stops.length ? html`<p class="phase-stop"><span class="label">${w.phaseStop}</span> ${stops.join(w.or)}.</p>` : ''}
${join([...reviews, ...shoes].map(t => html`<p>${t}</p>`))}
${activities.length ? renderActivities(activities, c) : html`<p class="subtitle">${w.noActivities}</p>`}
</section>`;
}

function renderActivities(activities: Activity[], c: PhaseContext): Html {
    const { w } = c;
    // Columns nobody in this phase uses are left out, so the table stays readable on paper.
    const showProgress = activities.some(a => (a.progressions ?? []).length > 0);
    const showRest = activities.some(a => (a.rests ?? []).length > 0);
    const rows = activities.map(a => {
        const exercise = activityExercise(a);
        const name = exerciseName(exercise, a.exercise?.$refText, c.language);
        const surface = a.surface ? ` ${w.surface} ${surfaceWords(a.surface, c.language)}` : '';
        const progress = (a.progressions ?? []).map(p => progressionWords(p, c.language));
        const rest = (a.rests ?? []).map(r => restWords(r, c.language));
        return html`<tr class="activity" data-exercise="${exercise?.name ?? a.exercise?.$refText ?? ''}"${lineAttr(a, c.editor)}>
<td class="name">${name}</td><td class="cue">${exerciseCue(exercise, c.language) ?? ''}</td>
<td class="dose">${doseWords(a.dose, c.language)}</td><td class="frequency">${frequencyWords(a.frequency, c.language)}${surface}</td>
${showProgress ? html`<td class="progression">${join(progress.map(p => html`<div>${p}</div>`))}</td>` : ''}${showRest ? html`<td class="rest">${join(rest.map(r => html`<div>${r}</div>`))}</td>` : ''}</tr>`;
    });
    return html`<table class="activities"><thead><tr><th>${w.exercise}</th><th>${w.howTo}</th><th>${w.dose}</th><th>${w.howOften}</th>${showProgress ? html`<th>${w.progression}</th>` : ''}${showRest ? html`<th>${w.rest}</th>` : ''}</tr></thead>
<tbody>${join(rows)}</tbody></table>`;
}
