import type { Phase } from '../generated/ast.js';
import type { ProcedureEvent, Schedule } from '../schedule/schedule.js';
import type { Words } from '../words/dictionary.js';
import { html, join, type Html } from './html.js';
import { humanize } from '../words/plan-words.js';

// Geometry shared with the tests: week w occupies [X0 + (w-1)·weekWidth, X0 + w·weekWidth).
export const TIMELINE_WIDTH = 720;
export const TIMELINE_X0 = 8;
const ROW = 26;
const MARKER_ROW = 30;
const AXIS = 24;

export interface TimelinePhase {
    phase: Phase;
    from: number;
    to: number;
    line?: number;
}

/** Phase weeks clamped into the schedule; phases without a usable start are left out. */
export function timelinePhases(phases: Phase[], lastWeek: number, lineOf: (p: Phase) => number | undefined): TimelinePhase[] {
    const out: TimelinePhase[] = [];
    for (const phase of phases) {
        if (typeof phase.from !== 'number' || !Number.isFinite(phase.from)) continue;
        const from = Math.max(1, Math.floor(phase.from));
        const to = Math.min(lastWeek, Math.floor(phase.to ?? phase.from));
        if (to < from) continue;
        out.push({ phase, from, to, line: lineOf(phase) });
    }
    return out;
}

export function weekWidth(lastWeek: number): number {
    return (TIMELINE_WIDTH - 2 * TIMELINE_X0) / Math.max(1, lastWeek);
}

/** Axis ticks that stay readable from 1 to 520 weeks. */
export function tickWeeks(lastWeek: number): number[] {
    const step = [1, 2, 4, 8, 13, 26, 52, 104].find(s => lastWeek / s <= 14) ?? 104;
    const ticks = [1];
    for (let w = step; w <= lastWeek; w += step) if (w !== 1) ticks.push(w);
    return ticks;
}

export interface TimelineMarker {
    week: number;
    kind: 'review' | 'procedure';
    label: string;
    note?: string;
}

/** Reviews and procedures in week order, labelled in the patient's language. */
export function timelineMarkers(schedule: Schedule, w: Words, procedureName: (p: ProcedureEvent) => string): TimelineMarker[] {
    return schedule.weeks.flatMap(week => [
        ...week.reviews.map(r => ({ week: week.week, kind: 'review' as const, label: w.reviewAt(w.num(r.week)), note: r.note })),
        ...week.procedures.map(p => ({
            week: week.week,
            kind: 'procedure' as const,
            label: w.procedureAt(procedureName(p), w.num(p.week))
        }))
    ]);
}

export function renderTimeline(schedule: Schedule, phases: TimelinePhase[], markers: TimelineMarker[], w: Words): Html {
    const last = Math.max(1, schedule.lastWeek);
    const ww = weekWidth(last);
    const xOf = (week: number) => TIMELINE_X0 + (week - 1) * ww;
    const barsTop = MARKER_ROW;
    const height = barsTop + phases.length * ROW + AXIS;
    const bars = phases.map((p, i) => {
        const x = xOf(p.from),
            width = (p.to - p.from + 1) * ww,
            y = barsTop + i * ROW + 3;
        const label = p.phase.title ?? humanize(p.phase.name ?? '');
        const place = labelPlacement(x, width, label);
        return html`<g class="phase-bar"${p.line ? html` data-line="${p.line}"` : ''}>
<rect class="bar bar-${i % 4}" data-phase="${p.phase.name ?? ''}" data-from="${p.from}" data-to="${p.to}" x="${fixed(x)}" y="${y}" width="${fixed(width)}" height="${ROW - 6}" rx="4"><title>${label} · ${w.weeks(w.num(p.from), w.num(p.to))}</title></rect>
<text class="${place.inside ? 'bar-label' : 'bar-label-outside'}" x="${fixed(place.x)}" y="${y + (ROW - 6) / 2}" text-anchor="${place.anchor}">${label}</text></g>`;
    });
    const marks = markers.map(m => {
        const cx = xOf(m.week) + ww / 2;
        const shape =
            m.kind === 'review'
                ? html`<path class="marker-review" d="M${fixed(cx)} 6 l7 8 l-7 8 l-7 -8 z"/>`
                : html`<path class="marker-procedure" d="M${fixed(cx - 7)} 6 h14 l-7 14 z"/>`;
        return html`<g class="marker" data-kind="${m.kind}" data-week="${m.week}">${shape}<title>${m.label}${m.note ? ` — ${m.note}` : ''}</title></g>`;
    });
    const axisY = barsTop + phases.length * ROW + 4;
    const ticks = tickWeeks(last).map(
        t =>
            html`<g class="tick"><line x1="${fixed(xOf(t))}" x2="${fixed(xOf(t))}" y1="${barsTop}" y2="${axisY + 4}"/><text x="${fixed(xOf(t) + ww / 2)}" y="${axisY + 16}" text-anchor="middle">${t}</text></g>`
    );
    return html`<svg class="timeline" role="img" aria-label="${w.timeline}" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" width="100%" data-x0="${TIMELINE_X0}" data-week-width="${ww}" data-last-week="${last}">
${join(ticks)}
<line class="axis" x1="${TIMELINE_X0}" x2="${TIMELINE_WIDTH - TIMELINE_X0}" y1="${axisY}" y2="${axisY}"/>
${join(bars)}
${join(marks)}
</svg>`;
}

export function fixed(n: number): string {
    return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0';
}

const CHAR_WIDTH = 6.6;

/** Inside the bar when the title fits, else beside it on the side with more room. */
function labelPlacement(x: number, width: number, label: string): { x: number; anchor: 'start' | 'end'; inside: boolean } {
    const needed = label.length * CHAR_WIDTH + 12;
    if (needed <= width) return { x: x + 6, anchor: 'start', inside: true };
    const roomRight = TIMELINE_WIDTH - (x + width);
    return roomRight >= x ? { x: x + width + 6, anchor: 'start', inside: false } : { x: x - 6, anchor: 'end', inside: false };
}
