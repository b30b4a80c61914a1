import type { Schedule } from '../schedule/schedule.js';
import type { Words } from '../words/dictionary.js';
import { html, join, type Html } from './html.js';
import { fixed, tickWeeks, TIMELINE_WIDTH, TIMELINE_X0, weekWidth } from './timeline-svg.js';

const PANEL = 110;
const GAP = 40;
const TOP = 22;

export interface LoadSeries { key: 'run' | 'strength'; label: string; values: number[] }

/**
 * The weekly load as bars, one panel per series, on the timeline's week axis. `growthPercent`
 * draws the guide's limit over the running bars: each week may be at most the previous week
 * plus that share, so the limit is drawn only where the previous week had running.
 */
export function renderLoadChart(schedule: Schedule, w: Words, growthPercent: number | undefined): Html | undefined {
    const series: LoadSeries[] = [
        { key: 'run', label: w.runMinutesPerWeek, values: schedule.weeks.map(x => x.runMinutes) },
        { key: 'strength', label: w.strengthVolumePerWeek, values: schedule.weeks.map(x => x.strengthVolume) }
    ].filter((s): s is LoadSeries => s.values.some(v => v > 0)) as LoadSeries[];
    if (series.length === 0) return undefined;
    const last = Math.max(1, schedule.lastWeek);
    const ww = weekWidth(last);
    const xOf = (week: number) => TIMELINE_X0 + (week - 1) * ww;
    const panels = series.map((s, i) => renderPanel(s, i * (PANEL + GAP), { ww, xOf, last, w, growthPercent: s.key === 'run' ? growthPercent : undefined }));
    const height = series.length * (PANEL + GAP);
    return html`<svg class="load-chart" role="img" aria-label="${w.loadChart}" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" width="100%" data-x0="${TIMELINE_X0}" data-week-width="${ww}">
${join(panels)}
</svg>`;
}

interface PanelContext { ww: number; xOf: (week: number) => number; last: number; w: Words; growthPercent?: number }

function renderPanel(s: LoadSeries, top: number, c: PanelContext): Html {
    const limits = c.growthPercent === undefined ? [] : s.values.map((v, i) => (i > 0 && v > 0 && s.values[i - 1] > 0 ? s.values[i - 1] * (1 + c.growthPercent! / 100) : undefined));
    const max = Math.max(...s.values, ...limits.map(l => l ?? 0), 1);
    const base = top + TOP + PANEL - 20;
    const scale = (PANEL - 24) / max;
    const bars = s.values.map((v, i) => {
        if (!(v > 0)) return '';
        const h = v * scale;
        return html`<rect class="load-bar load-${s.key}" data-week="${i + 1}" data-value="${v}" x="${fixed(c.xOf(i + 1) + c.ww * 0.1)}" y="${fixed(base - h)}" width="${fixed(c.ww * 0.8)}" height="${fixed(h)}"><title>${c.w.week} ${i + 1}: ${c.w.num(v)}</title></rect>`;
    });
    const limitPath = limits
        .map((l, i) => (l === undefined ? '' : `M${fixed(c.xOf(i + 1))} ${fixed(base - l * scale)} h${fixed(c.ww)}`))
        .filter(Boolean)
        .join(' ');
    const ticks = tickWeeks(c.last).map(t => html`<text class="tick-label" x="${fixed(c.xOf(t) + c.ww / 2)}" y="${base + 14}" text-anchor="middle">${t}</text>`);
    const legend = limitPath
        ? html`<g class="legend"><line class="growth-limit" x1="${TIMELINE_WIDTH - 230}" x2="${TIMELINE_WIDTH - 206}" y1="${top + 8}" y2="${top + 8}"/><text x="${TIMELINE_WIDTH - 200}" y="${top + 12}">${c.w.growthLimit(c.w.num(c.growthPercent!))}</text></g>`
        : '';
    return html`<g class="panel" data-series="${s.key}">
<text class="panel-title" x="${TIMELINE_X0}" y="${top + 12}">${s.label}</text>${legend}
<text class="tick-label" x="${TIMELINE_X0}" y="${top + TOP + 6}">${c.w.num(max)}</text>
<line class="axis" x1="${TIMELINE_X0}" x2="${TIMELINE_WIDTH - TIMELINE_X0}" y1="${base}" y2="${base}"/>
${join(bars)}
${limitPath ? html`<path class="growth-limit" data-percent="${c.growthPercent}" d="${limitPath}"/>` : ''}
${join(ticks)}
</g>`;
}
