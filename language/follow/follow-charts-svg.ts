import { html, join, type Html } from '../render/html.js';
import { fixed, tickWeeks } from '../render/timeline-svg.js';
import { wordsFor } from '../words/dictionary.js';
import type { Decision } from './follow-profile.js';
import type { FollowResult } from './follow-result.js';
import { followWords } from './follow-words.js';

// The diary drawn against the plan, as inline SVG (no script, no remote resource): daily pain against the
// plan's ceilings with each week's decision above it, and the planned and adapted weekly load.

const WIDTH = 720,
    X0 = 34,
    X1 = WIDTH - 8;

/** Daily first-step and activity pain (0-10) against the activity ceiling and the stop limit; decisions per week on top. */
export function renderPainChart(result: FollowResult, decisionLabel: (d: Decision) => string): Html | '' {
    const weeks = result.weeks;
    if (weeks.length === 0) return '';
    const w = wordsFor(result.language),
        fw = followWords(result.language);
    const days = weeks.length * 7;
    const dx = (X1 - X0) / days;
    const top = 34,
        plot = 180,
        base = top + plot;
    const x = (week: number, dayInWeek: number) => X0 + ((week - 1) * 7 + dayInWeek + 0.5) * dx;
    const y = (pain: number) => base - (pain / 10) * plot;
    const dayIndex = (from: string, date: string) => Math.round((Date.parse(date) - Date.parse(from)) / 86_400_000);
    const firstStep: string[] = [],
        activity: string[] = [];
    const points: Html[] = [];
    for (const week of weeks) {
        for (const day of week.days) {
            const px = x(week.week, dayIndex(week.from, day.date));
            if (day.firstStep !== undefined) {
                firstStep.push(`${fixed(px)},${fixed(y(day.firstStep))}`);
                if (days <= 400)
                    points.push(
                        html`<circle class="pt-first-step" cx="${fixed(px)}" cy="${fixed(y(day.firstStep))}" r="2.2"><title>${day.date}: ${fw.firstStepPain} ${w.num(day.firstStep)}/10</title></circle>`
                    );
            }
            if (day.activity !== undefined) {
                activity.push(`${fixed(px)},${fixed(y(day.activity))}`);
                if (days <= 400)
                    points.push(
                        html`<circle class="pt-activity" cx="${fixed(px)}" cy="${fixed(y(day.activity))}" r="2.2"><title>${day.date}: ${fw.activityPain} ${w.num(day.activity)}/10</title></circle>`
                    );
            }
            if (day.flags?.length)
                points.push(
                    html`<path class="pt-flag" d="M${fixed(px)} ${top - 4} l4 7 h-8 z"><title>${day.date}: ${day.flags.join(', ')}</title></path>`
                );
        }
    }
    const limit = (value: number | undefined, cls: string, label: string) =>
        value === undefined
            ? ''
            : html`<line class="${cls}" x1="${X0}" x2="${X1}" y1="${fixed(y(value))}" y2="${fixed(y(value))}"/><text class="limit-label" x="${X1 - 2}" y="${fixed(y(value) - 3)}" text-anchor="end">${label}</text>`;
    const bands = weeks.map(week => {
        const bx = X0 + (week.week - 1) * 7 * dx;
        const reasons = week.reasons.join(' ');
        return html`<g class="week-band d-${week.decision}" data-week="${week.week}" data-decision="${week.decision}">
<rect class="decision" x="${fixed(bx + 0.5)}" y="${top - 30}" width="${fixed(Math.max(1, 7 * dx - 1))}" height="14"><title>${fw.week} ${week.week} (${week.from} – ${week.to}): ${decisionLabel(week.decision)}${reasons ? ` — ${reasons}` : ''}</title></rect>
${7 * dx >= 26 ? html`<text class="decision-label" x="${fixed(bx + 3.5 * dx)}" y="${top - 20}" text-anchor="middle">${decisionLabel(week.decision)}${reasons && 7 * dx >= 70 ? ` · ${reasons}` : ''}</text>` : ''}
<line class="week-sep" x1="${fixed(bx)}" x2="${fixed(bx)}" y1="${top}" y2="${base}"/></g>`;
    });
    const ticks = tickWeeks(weeks.length).map(
        t => html`<text class="tick-label" x="${fixed(X0 + (t - 0.5) * 7 * dx)}" y="${base + 14}" text-anchor="middle">${t}</text>`
    );
    const yTicks = [0, 2, 4, 6, 8, 10].map(
        v => html`<text class="tick-label" x="${X0 - 6}" y="${fixed(y(v) + 3)}" text-anchor="end">${v}</text>`
    );
    return html`<svg class="pain-chart" role="img" aria-label="${fw.painChart}" viewBox="0 0 ${WIDTH} ${base + 40}" width="100%">
${join(bands)}
<line class="axis" x1="${X0}" x2="${X1}" y1="${base}" y2="${base}"/>
${limit(result.ceilings.activity, 'ceiling', fw.ceiling(w.num(result.ceilings.activity)))}
${limit(result.ceilings.stop, 'stop-limit', fw.stopLimit(w.num(result.ceilings.stop)))}
${firstStep.length ? html`<polyline class="line-first-step" points="${firstStep.join(' ')}"/>` : ''}
${activity.length ? html`<polyline class="line-activity" points="${activity.join(' ')}"/>` : ''}
${join(points)}
${join(ticks)}${join(yTicks)}
<g class="legend"><line class="line-first-step" x1="${X0}" x2="${X0 + 18}" y1="${base + 30}" y2="${base + 30}"/><text x="${X0 + 22}" y="${base + 34}">${fw.firstStepPain}</text>
<line class="line-activity" x1="${X0 + 200}" x2="${X0 + 218}" y1="${base + 30}" y2="${base + 30}"/><text x="${X0 + 222}" y="${base + 34}">${fw.activityPain}</text></g>
</svg>`;
}

/** Planned and adapted weekly load as paired bars, one panel per series that has any load. */
export function renderLoadChart(result: FollowResult, series: 'runMinutes' | 'strengthVolume', title: string): Html | '' {
    const weeks = result.weeks;
    if (!weeks.some(w => w[series].planned > 0 || w[series].adapted > 0)) return '';
    const fw = followWords(result.language),
        w = wordsFor(result.language);
    const ww = (X1 - X0) / weeks.length;
    const top = 22,
        plot = 110,
        base = top + plot;
    const max = Math.max(1, ...weeks.map(x => Math.max(x[series].planned, x[series].adapted)));
    const h = (v: number) => (v / max) * plot;
    const bars = weeks.map(week => {
        const bx = X0 + (week.week - 1) * ww;
        const { planned, adapted } = week[series];
        return html`<g data-week="${week.week}"><rect class="bar-planned" data-value="${planned}" x="${fixed(bx + ww * 0.08)}" y="${fixed(base - h(planned))}" width="${fixed(ww * 0.42)}" height="${fixed(h(planned))}"><title>${fw.week} ${week.week}, ${fw.planned}: ${w.num(planned)}</title></rect><rect class="bar-adapted" data-value="${adapted}" x="${fixed(bx + ww * 0.5)}" y="${fixed(base - h(adapted))}" width="${fixed(ww * 0.42)}" height="${fixed(h(adapted))}"><title>${fw.week} ${week.week}, ${fw.adapted}: ${w.num(adapted)}</title></rect></g>`;
    });
    const ticks = tickWeeks(weeks.length).map(
        t => html`<text class="tick-label" x="${fixed(X0 + (t - 0.5) * ww)}" y="${base + 14}" text-anchor="middle">${t}</text>`
    );
    return html`<svg class="load-chart follow-${series}" role="img" aria-label="${title}" viewBox="0 0 ${WIDTH} ${base + 40}" width="100%">
<text class="panel-title" x="${X0}" y="12">${title}</text>
<text class="tick-label" x="${X0 - 6}" y="${top + 4}" text-anchor="end">${w.num(max)}</text>
<line class="axis" x1="${X0}" x2="${X1}" y1="${base}" y2="${base}"/>
${join(bars)}
${join(ticks)}
<g class="legend"><rect class="bar-planned" x="${X0}" y="${base + 24}" width="12" height="10"/><text x="${X0 + 16}" y="${base + 33}">${fw.planned}</text>
<rect class="bar-adapted" x="${X0 + 120}" y="${base + 24}" width="12" height="10"/><text x="${X0 + 136}" y="${base + 33}">${fw.adapted}</text></g>
</svg>`;
}
