import { contentSecurityPolicy, isSafeCspSource, isSafeNonce } from '../render/csp.js';
import { html, join, raw, type Html } from '../render/html.js';
import { stylesheet } from '../render/styles.js';
import { wordsFor } from '../words/dictionary.js';
import type { DiaryIssue } from './diary-csv.js';
import { renderLoadChart, renderPainChart } from './follow-charts-svg.js';
import { decisionWord, followProfileFor, type Decision } from './follow-profile.js';
import type { FollowDose, FollowResult } from './follow-result.js';
import { followWords } from './follow-words.js';

export interface FollowRenderOptions {
    mode?: 'handout' | 'editor';
    /** Editor mode: a fresh nonce per render, and the webview's cspSource. */
    nonce?: string;
    cspSource?: string;
    /** The plan's title, for the heading. */
    title?: string;
}

// The follow-up as a page in the handout's look: the same stylesheet, the same strict Content Security Policy
// (with a nonce in the editor; no script at all), every diary and plan string escaped by the `html` template.

const FOLLOW_STYLES = `
.decision-chip { display: inline-block; padding: 0 .5em; border-radius: 4px; font-weight: 600; font-size: .9em; border: 1px solid var(--border); }
.d-progress .decision, .decision-chip.d-progress { fill: #d8eddf; background: #d8eddf; }
.d-hold .decision, .decision-chip.d-hold { fill: #fbe8c8; background: #fbe8c8; }
.d-wait .decision, .decision-chip.d-wait { fill: #dfe6f3; background: #dfe6f3; }
.d-step-back .decision, .decision-chip.d-step-back { fill: #f7d3c8; background: #f7d3c8; }
.d-refer .decision, .decision-chip.d-refer { fill: #e9b8b8; background: #e9b8b8; }
.decision-chip { color: #1d2430; }
svg .decision-label { font-size: 9px; fill: #1d2430; }
svg .week-sep { stroke: var(--border); stroke-width: .5; }
svg .line-first-step { stroke: var(--run); stroke-width: 1.5; fill: none; }
svg .line-activity { stroke: var(--bar-2); stroke-width: 1.5; fill: none; stroke-dasharray: 4 2; }
svg .pt-first-step { fill: var(--run); } svg .pt-activity { fill: var(--bar-2); } svg .pt-flag { fill: var(--limit); }
svg .ceiling { stroke: var(--bar-2); stroke-width: 1; stroke-dasharray: 6 3; }
svg .stop-limit { stroke: var(--limit); stroke-width: 1.5; stroke-dasharray: 6 3; }
svg .limit-label { font-size: 9px; fill: var(--muted); }
svg .bar-planned { fill: none; stroke: var(--muted); stroke-width: 1; } svg .bar-adapted { fill: var(--run); }
table.weeks { width: 100%; border-collapse: collapse; font-size: .9em; }
table.weeks th, table.weeks td { text-align: left; vertical-align: top; padding: .3em .45em; border-bottom: 1px solid var(--border); }
table.weeks th { background: var(--table-head); }
table.weeks td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.weeks td.dates { white-space: nowrap; }
ul.events { list-style: none; padding: 0; margin: .3em 0; }
ul.events li { border-left: 4px solid var(--border); padding: .1em .5em; margin: .25em 0; }
ul.notes { margin: 0 0 .2em; padding-left: 1em; color: var(--muted); font-size: .95em; }
ul.events li.error { border-color: #c0392b; } ul.events li.warning { border-color: #e67e22; } ul.events li.info { border-color: var(--accent); }
.quote { color: var(--muted); font-style: italic; display: block; }
.next-week { border: 2px solid var(--accent); border-radius: 8px; padding: .6em 1.2em; margin: 1em 0; }
.issues li { color: var(--muted); }
@media print { table.weeks tr, .next-week { break-inside: avoid; } .decision-chip, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }`;

/** The follow-up page: self-contained HTML, printable, readable without scripts. */
export function renderFollowHtml(result: FollowResult, options: FollowRenderOptions = {}): string {
    const mode = options.mode === 'editor' ? 'editor' : 'handout';
    const language = result.language;
    const fw = followWords(language),
        w = wordsFor(language);
    const profile = followProfileFor(undefined);
    const label = (d: Decision) => decisionWord(profile, d, language);
    const chip = (d: Decision) => html`<span class="decision-chip d-${d}">${label(d)}</span>`;
    const num = (n: number | null | undefined) => (n === null || n === undefined ? fw.none : w.num(n));
    const title = `${fw.title}: ${options.title ?? result.plan.title ?? result.plan.id}`;
    const warnings = result.issues;
    const body = html`<header class="header"><div><h1>${title}</h1>
<p class="subtitle">${fw.start}: ${result.start ?? fw.none}${result.startFrom ? ` (${fw.startFrom[result.startFrom]})` : ''} · ${fw.baseline}: ${result.baseline === null ? fw.none : `${num(result.baseline)}/10`}</p></div></header>
${warnings.length ? renderIssues(warnings, fw.diaryIssues, n => fw.line(n)) : ''}
${
    result.next
        ? html`<section class="next-week" data-decision="${result.next.decision}"><h2>${fw.nextWeek}: ${chip(result.next.decision)}</h2>
<p>${fw.nextWeekLine(String(result.next.week), result.next.from, result.next.to, label(result.next.decision), String(result.next.planWeek), result.next.phase ?? fw.afterPlan)}</p>
${renderDoses(result.next.doses, fw.noDoses, w.exercise, w.dose, w.howOften)}</section>`
        : ''
}
${
    result.weeks.length
        ? html`<section><h2>${fw.painChart}</h2>${renderPainChart(result, label)}</section>
<section>${renderLoadChart(result, 'runMinutes', fw.runChart)}${renderLoadChart(result, 'strengthVolume', fw.strengthChart)}</section>
<section><h2>${fw.weeksTable}</h2><table class="weeks"><thead><tr><th>${fw.week}</th><th>${fw.dates}</th><th>${fw.phase}</th><th>${fw.planWeek}</th><th>${fw.firstStepMedian}</th><th>${fw.activityMax}</th><th>${fw.mornings}</th><th>${fw.decision}</th><th>${fw.events}</th></tr></thead>
<tbody>${join(result.weeks.map(week => html`<tr class="d-${week.decision}" data-week="${week.week}"><td class="num">${week.week}</td><td class="dates">${week.from} – ${week.to}</td><td>${week.phase ?? fw.afterPlan}${week.review ? html` <em>(${fw.review})</em>` : ''}</td><td class="num">${week.planWeek}</td><td class="num">${num(week.firstStepMedian)}</td><td class="num">${num(week.activityMax)}</td><td class="num">${week.mornings}</td><td>${chip(week.decision)}${week.reasons.length ? html` <span class="code">${week.reasons.join(' ')}</span>` : ''}</td><td>${notes(week.days)}${week.events.length ? html`<ul class="events">${join(week.events.map(e => html`<li class="${e.severity}"><strong>${e.rule}</strong> ${e.date}: ${e.message}${e.quote ? html`<span class="quote">${fw.guide}, «${e.section}»: “${e.quote}”</span>` : ''}</li>`))}</ul>` : ''}</td></tr>`))}</tbody></table></section>`
        : ''
}
<footer>${fw.footer} ${w.disclaimer}</footer>`;
    const scripted = mode === 'editor' && isSafeNonce(options.nonce) && isSafeCspSource(options.cspSource);
    const nonce = scripted ? options.nonce : undefined;
    const csp = contentSecurityPolicy(nonce, scripted ? options.cspSource : undefined);
    return html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style${nonce ? html` nonce="${nonce}"` : ''}>${raw(stylesheet(mode) + FOLLOW_STYLES)}</style>
</head>
<body class="mode-${mode} follow">
${body}
</body>
</html>
`.value;
}

/** The patient's notes, kept and shown as written, never interpreted. */
function notes(days: FollowResult['weeks'][number]['days']): Html | '' {
    const noted = days.filter(d => d.note);
    return noted.length ? html`<ul class="notes">${join(noted.map(d => html`<li>${d.date}: “${d.note}”</li>`))}</ul>` : '';
}

function renderDoses(doses: FollowDose[], none: string, exercise: string, dose: string, often: string): Html {
    if (doses.length === 0) return html`<p>${none}</p>`;
    return html`<table class="activities"><thead><tr><th>${exercise}</th><th>${dose}</th><th>${often}</th></tr></thead><tbody>${join(doses.map(d => html`<tr><td>${d.name}</td><td>${d.dose}</td><td>${d.frequency}</td></tr>`))}</tbody></table>`;
}

function renderIssues(issues: DiaryIssue[], heading: string, line: (n: string) => string): Html {
    return html`<section class="issues"><h2>${heading}</h2><ul>${join(issues.map(i => html`<li class="${i.severity}">${line(String(i.line))}: ${i.message}</li>`))}</ul></section>`;
}
