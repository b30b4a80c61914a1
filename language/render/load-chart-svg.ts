import type { ActivityWeek, Schedule } from '../schedule/schedule.js';
import type { Language, Words } from '../words/dictionary.js';
import { exerciseName } from '../words/plan-words.js';
import { judgedAsBuiltin } from '../plan/plan-queries.js';
import { html, join, type Html } from './html.js';
import { fixed, tickWeeks, TIMELINE_WIDTH, TIMELINE_X0, weekWidth } from './timeline-svg.js';

const PANEL = 110;
const GAP = 46;
const TOP = 22;

export type StrengthMeasure = 'reps' | 'load' | 'hold';

export interface LoadSeries {
    key: 'run' | 'strength';
    /** The panel's title, with its unit. */
    label: string;
    /** The unit beside the axis's top value. */
    unit: string;
    values: number[];
    measure?: StrengthMeasure;
}

/**
 * The strength series a patient can follow: one exercise's dose week by week — the heel raise when the plan has
 * it (the guide's progression), else the strength exercise the plan progresses, else the first one. Adding up
 * unrelated exercises (heel raises and towel scrunches) would give a number nobody does. The measure is what
 * the progression moves: the extra weight when there is one, else the repetitions per session, else the hold.
 */
export function strengthSeries(schedule: Schedule, w: Words, language: Language): LoadSeries | undefined {
    const strength = schedule.weeks.flatMap(wk => wk.activities.filter(a => a.kind === 'strength'));
    if (strength.length === 0) return undefined;
    const keyOf = (a: ActivityWeek) => a.exercise ?? a.activity.exercise?.$refText ?? '?';
    const chosen =
        strength.find(a => judgedAsBuiltin(a.exercise) === 'heel-raise') ??
        strength.find(a => (a.activity.progressions ?? []).length > 0) ??
        strength[0];
    const key = keyOf(chosen);
    const perWeek = schedule.weeks.map(wk => wk.activities.filter(a => a.kind === 'strength' && keyOf(a) === key));
    const all = perWeek.flat();
    const loads = new Set(all.map(a => a.loadKg ?? 0));
    const measure: StrengthMeasure =
        [...loads].some(l => l > 0) && loads.size > 1 ? 'load' : all.some(a => a.reps !== undefined) ? 'reps' : 'hold';
    const values = perWeek.map(list => Math.max(0, ...list.map(a => strengthValue(a, measure))));
    const name = exerciseName(chosen.exercise, chosen.activity.exercise?.$refText, language);
    const unit = measure === 'load' ? w.units.kg : measure === 'hold' ? w.units.s : w.units.reps;
    return { key: 'strength', label: `${w.handout.strengthChart(name)} (${w.handout.strengthMeasures[measure]})`, unit, values, measure };
}

/** One week's value of the measure: kg of extra weight, repetitions per session (sets × reps), or seconds per hold. */
export function strengthValue(a: ActivityWeek, measure: StrengthMeasure): number {
    if (measure === 'load') return a.loadKg ?? 0;
    if (measure === 'reps') return (a.sets ?? 0) * (a.repsMax ?? a.reps ?? 0);
    return a.holdSecondsMax ?? a.holdSeconds ?? 0;
}

/**
 * The weekly load as bars, one panel per series, on the timeline's week axis, each axis with its unit.
 * `growthPercent` draws the guide's limit over the running bars: each week may be at most the previous week
 * plus that share, so the limit is drawn only where the previous week had running.
 */
export function renderLoadChart(schedule: Schedule, w: Words, language: Language, growthPercent: number | undefined): Html | undefined {
    const run: LoadSeries = {
        key: 'run',
        label: w.runMinutesPerWeek,
        unit: `${w.units.min}/${w.handout.axisWeek}`,
        values: schedule.weeks.map(x => x.runMinutes)
    };
    const series = [run, strengthSeries(schedule, w, language)].filter((s): s is LoadSeries => !!s && s.values.some(v => v > 0));
    if (series.length === 0) return undefined;
    const last = Math.max(1, schedule.lastWeek);
    const ww = weekWidth(last);
    const xOf = (week: number) => TIMELINE_X0 + (week - 1) * ww;
    const panels = series.map((s, i) =>
        renderPanel(s, i * (PANEL + GAP), { ww, xOf, last, w, growthPercent: s.key === 'run' ? growthPercent : undefined })
    );
    const height = series.length * (PANEL + GAP);
    return html`<svg class="load-chart" role="img" aria-label="${w.loadChart}: ${series.map(s => s.label).join('; ')}" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" width="100%" data-x0="${TIMELINE_X0}" data-week-width="${ww}">
${join(panels)}
</svg>`;
}

interface PanelContext {
    ww: number;
    xOf: (week: number) => number;
    last: number;
    w: Words;
    growthPercent?: number;
}

function renderPanel(s: LoadSeries, top: number, c: PanelContext): Html {
    const limits =
        c.growthPercent === undefined
            ? []
            : s.values.map((v, i) => (i > 0 && v > 0 && s.values[i - 1] > 0 ? s.values[i - 1] * (1 + c.growthPercent! / 100) : undefined));
    const max = Math.max(...s.values, ...limits.map(l => l ?? 0), 1);
    const base = top + TOP + PANEL - 20;
    const scale = (PANEL - 24) / max;
    const bars = s.values.map((v, i) => {
        if (!(v > 0)) return '';
        const h = v * scale;
        return html`<rect class="load-bar load-${s.key}" data-week="${i + 1}" data-value="${v}" x="${fixed(c.xOf(i + 1) + c.ww * 0.1)}" y="${fixed(base - h)}" width="${fixed(c.ww * 0.8)}" height="${fixed(h)}"><title>${c.w.week} ${i + 1}: ${c.w.num(v)} ${s.unit}</title></rect>`;
    });
    const limitPath = limits
        .map((l, i) => (l === undefined ? '' : `M${fixed(c.xOf(i + 1))} ${fixed(base - l * scale)} h${fixed(c.ww)}`))
        .filter(Boolean)
        .join(' ');
    const ticks = tickWeeks(c.last).map(
        t => html`<text class="tick-label" x="${fixed(c.xOf(t) + c.ww / 2)}" y="${base + 14}" text-anchor="middle">${t}</text>`
    );
    const legend = limitPath
        ? html`<g class="legend"><line class="growth-limit" x1="${TIMELINE_WIDTH - 230}" x2="${TIMELINE_WIDTH - 206}" y1="${top + 8}" y2="${top + 8}"/><text x="${TIMELINE_WIDTH - 200}" y="${top + 12}">${c.w.growthLimit(c.w.num(c.growthPercent))}</text></g>`
        : '';
    const topY = base - max * scale;
    return html`<g class="panel" data-series="${s.key}"${s.measure ? html` data-measure="${s.measure}"` : ''}>
<text class="panel-title" x="${TIMELINE_X0}" y="${top + 12}">${s.label}</text>${legend}
<line class="gridline" x1="${TIMELINE_X0}" x2="${TIMELINE_WIDTH - TIMELINE_X0}" y1="${fixed(topY)}" y2="${fixed(topY)}"/>
<text class="tick-label axis-max" x="${TIMELINE_X0 + 2}" y="${fixed(topY - 3)}">${c.w.num(max)} ${s.unit}</text>
<line class="axis" x1="${TIMELINE_X0}" x2="${TIMELINE_WIDTH - TIMELINE_X0}" y1="${base}" y2="${base}"/>
${join(bars)}
${limitPath ? html`<path class="growth-limit" data-percent="${c.growthPercent}" d="${limitPath}"/>` : ''}
${join(ticks)}
<text class="axis-title" x="${TIMELINE_WIDTH - TIMELINE_X0}" y="${base + 28}" text-anchor="end">${c.w.handout.axisWeek}</text>
</g>`;
}
