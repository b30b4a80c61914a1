import type { AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Exercise, Model, Plan } from '../generated/ast.js';
import {
    isActivity,
    isAllow,
    isAvoid,
    isCondition,
    isDelivery,
    isExercise,
    isFirstStepPainLog,
    isFirstStepPainRises,
    isMonitor,
    isShoes,
    isStopRule
} from '../generated/ast.js';
import { contactText, isReferralPlan, planStartDate, referralText } from '../plan/plan-queries.js';
import { parseIsoDate } from '../plan/dates.js';
import type { SeekHelp } from '../rules/profile-schema.js';
import { longDateWords, weekRangeWords } from './patient-doses.js';
import { shippedProfileForCondition } from '../rules/rule-catalogue.js';
import { computeSchedule, phasesOf, type Schedule } from '../schedule/schedule.js';
import { contentSecurityPolicy, isSafeCspSource, isSafeNonce, isSafeScriptUri } from './csp.js';
import { html, join, raw, type Html } from './html.js';
import { renderLoadChart } from './load-chart-svg.js';
import { renderPatientFacts } from './patient-facts.js';
import { renderPhase } from './phase-section.js';
import { stylesheet } from './styles.js';
import { renderTimeline, timelineMarkers, timelinePhases } from './timeline-svg.js';
import { wordsFor, type Language, type Words } from '../words/dictionary.js';
import {
    activityExercise,
    avoidWords,
    exerciseCue,
    frequencyWords,
    exerciseName,
    humanize,
    loadRuleWords,
    planLanguage,
    stopConditionWords
} from '../words/plan-words.js';

export interface RenderOptions {
    language?: Language;
    diagnostics?: Diagnostic[];
    nonce?: string;
    cspSource?: string;
    /** Editor mode: the webview URI of media/preview.js, loaded with the nonce. */
    scriptUri?: string;
    mode?: 'handout' | 'editor';
    /**
     * `YYYY-MM-DD`: the day the handout is printed, to mark "this week" when the plan has a `start`. The
     * renderer never reads the clock, so the same plan and options always give the same page.
     */
    today?: string;
}

/** 1-based source line of a node, for click-to-source; undefined for nodes without text. */
export function lineOf(node: AstNode | undefined): number | undefined {
    const line = node?.$cstNode?.range.start.line;
    return typeof line === 'number' ? line + 1 : undefined;
}

/**
 * The plan as one self-contained HTML document: inline CSS and SVG, no remote resources, readable
 * without scripts. Every plan string passes through `html` (escaping by construction). Pure, and
 * total: half-typed plans render what they have, and an unexpected failure renders a short notice.
 */
export function renderPlanHtml(model: Model, options: RenderOptions = {}): string {
    const mode = options.mode === 'editor' ? 'editor' : 'handout';
    const language = planLanguage(model?.plan, options.language);
    const w = wordsFor(language);
    let body: Html;
    let title: string;
    try {
        title = documentTitle(model, w);
        body = model?.plan ? renderPlanBody(model.plan, w, language, mode, options.today) : renderLibraryBody(model, w, language);
    } catch {
        title = w.untitledPlan;
        body = html`<h1>${w.untitledPlan}</h1>`;
    }
    const diagnostics = mode === 'editor' ? renderDiagnostics(options.diagnostics ?? [], w) : '';
    return documentHtml({ title, body: html`${body}${diagnostics}<footer>${w.disclaimer}</footer>`, language, mode, options }).value;
}

/**
 * What a referred patient does until seen: the supports the plan gives (a heel cup, insoles) and what each phase
 * says to avoid. A referral loads nothing, but these protect the foot meanwhile, so they must reach the patient.
 */
function renderUntilSeen(plan: Plan, w: Words, language: Language, exercises: ReadonlyMap<string, Exercise>): Html | '' {
    const lines: Html[] = [];
    for (const phase of phasesOf(plan)) {
        for (const activity of phase.members.filter(isActivity)) {
            const name = exerciseName(activityExercise(activity), activity.exercise?.$refText, language);
            const when = frequencyWords(activity.frequency, language);
            lines.push(html`<li>${name}${when ? html`, ${when}` : ''}</li>`);
        }
        for (const item of phase.members.filter(isAvoid).flatMap(a => a.items))
            lines.push(html`<li>${w.handout.avoidWord(avoidWords(item, exercises, language))}</li>`);
    }
    return lines.length > 0 ? html`<section class="until-seen"><h2>${w.handout.untilSeen}</h2><ul>${join(lines)}</ul></section>` : '';
}

function documentTitle(model: Model | undefined, w: Words): string {
    const owner = model?.plan ?? model?.library;
    return owner?.title ?? (owner?.name ? humanize(owner.name) : w.untitledPlan);
}

interface DocumentParts {
    title: string;
    body: Html;
    language: Language;
    mode: 'handout' | 'editor';
    options: RenderOptions;
}

function documentHtml({ title, body, language, mode, options }: DocumentParts): Html {
    const scripted = mode === 'editor' && isSafeNonce(options.nonce) && isSafeCspSource(options.cspSource);
    const nonce = scripted ? options.nonce : undefined;
    const csp = contentSecurityPolicy(nonce, scripted ? options.cspSource : undefined);
    const script =
        scripted && isSafeScriptUri(options.scriptUri) ? html`<script nonce="${nonce}" src="${options.scriptUri}"></script>` : '';
    return html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style${nonce ? html` nonce="${nonce}"` : ''}>${raw(stylesheet(mode))}</style>
</head>
<body class="mode-${mode}">
${body}
${script}
</body>
</html>
`;
}

function renderPlanBody(plan: Plan, w: Words, language: Language, mode: 'handout' | 'editor', today: string | undefined): Html {
    const schedule = safeSchedule(plan);
    const phases = phasesOf(plan);
    const exercises = exerciseIndex(plan);
    const condition = plan.members.find(isCondition)?.name;
    const profile = shippedProfileForCondition(condition);
    const conditionTitle = profile
        ? ((language === 'da' ? profile.title?.da : profile.title?.en) ?? humanize(condition ?? ''))
        : condition
          ? humanize(condition)
          : undefined;
    const growth = profile?.thresholds.runGrowthWarnPercent;
    const start = planStartDate(plan);
    const startWords = start ? longDateWords(start, w) : undefined;
    const refer = referralText(plan);
    const header = html`<header class="header">
<div><h1>${plan.title ?? humanize(plan.name ?? '') ?? w.untitledPlan}</h1>${conditionTitle ? html`<p class="subtitle">${w.condition}: ${conditionTitle}</p>` : ''}${startWords ? html`<p class="start">${w.handout.planStarts(startWords)}</p>` : ''}</div>
${renderPatientFacts(plan, w, language)}
</header>`;
    if (isReferralPlan(plan)) {
        // A referral loads nothing: the patient's one task is to see that person first.
        return html`${header}
<section class="referral" role="note"><h2>${w.handout.referralTitle}</h2><p class="refer">${refer ?? ''}</p><p>${w.handout.referralBody}</p>${renderContact(plan, w)}</section>
${renderUntilSeen(plan, w, language, exercises)}
${mode === 'editor' ? renderOverrides(plan, w) : ''}`;
    }
    const currentWeek = weekOfToday(start, today, schedule.lastWeek);
    const markers = timelineMarkers(schedule, w, p => exerciseName(p.exercise, p.activity.exercise?.$refText, language));
    const placed = timelinePhases(phases, schedule.lastWeek, p => (mode === 'editor' ? lineOf(p) : undefined));
    const chart = renderLoadChart(schedule, w, language, growth);
    const context = { w, language, exercises, editor: mode === 'editor', schedule, start, currentWeek };
    return html`${header}
${refer ? html`<p class="refer-note"><span class="label">${w.referral}:</span> ${refer}</p>` : ''}
${currentWeek !== undefined ? html`<p class="this-week">${w.handout.thisWeek(w.num(currentWeek))} · ${weekRangeWords(start, currentWeek, currentWeek, w) ?? ''}</p>` : ''}
${renderStopBox(plan, w, language, profile?.seekHelp ?? [])}
${renderChecklist(plan, w, language)}
${
    placed.length > 0
        ? html`<section class="timeline-section"><h2>${w.timeline}</h2>${renderTimeline(schedule, placed, markers, w)}
${markers.length > 0 ? html`<ul class="markers">${join(markers.map(m => html`<li>${m.label}${start ? ` (${weekRangeWords(start, m.week, m.week, w) ?? ''})` : ''}${m.note ? html`: ${m.note}` : ''}</li>`))}</ul>` : ''}</section>`
        : ''
}
${join(phases.map(p => renderPhase(p, context)))}
${chart ? html`<section class="load-section"><h2>${w.loadChart}</h2>${chart}</section>` : html`<p class="subtitle">${w.noLoad}</p>`}
${renderDelivery(plan, w)}
${mode === 'editor' ? renderOverrides(plan, w) : ''}`;
}

/** The plan week that holds `today` (a render option, never the clock), when the plan has a start and the day falls in it. */
export function weekOfToday(start: string | undefined, today: string | undefined, lastWeek: number): number | undefined {
    const a = start ? parseIsoDate(start) : undefined,
        b = today ? parseIsoDate(today) : undefined;
    if (!a || !b) return undefined;
    const days = Math.round((b.getTime() - a.getTime()) / 86_400_000);
    const week = Math.floor(days / 7) + 1;
    return days >= 0 && week <= lastWeek ? week : undefined;
}

function renderContact(plan: Plan, w: Words): Html | '' {
    const contact = contactText(plan);
    return contact ? html`<p class="contact"><span class="label">${w.handout.contact}:</span> ${contact}</p>` : '';
}

/** The CERT delivery statements, for the patient: how, where and with what the programme runs. */
function renderDelivery(plan: Plan, w: Words): Html | '' {
    const items = plan.members.filter(isDelivery).filter(d => typeof d.text === 'string');
    if (items.length === 0) return '';
    return html`<section class="delivery"><h2>${w.aboutProgramme}</h2><dl class="facts">${join(items.map(d => html`<dt>${w.deliveryKeys[d.key] ?? d.key}</dt><dd>${d.text}</dd>`))}</dl></section>`;
}

/** `allow` lines with their reasons: for the clinician's eyes, so only in the editor preview. */
function renderOverrides(plan: Plan, w: Words): Html | '' {
    const allows = [...plan.members.filter(isAllow), ...phasesOf(plan).flatMap(p => p.members.filter(isAllow))];
    if (allows.length === 0) return '';
    return html`<section class="overrides"><h2>${w.overrides}</h2><ul>${join(allows.map(a => html`<li${lineOf(a) ? html` data-line="${lineOf(a)}"` : ''}><span class="code">${a.rule}</span> ${a.reason ?? ''}</li>`))}</ul></section>`;
}

function safeSchedule(plan: Plan): Schedule {
    try {
        return computeSchedule(plan);
    } catch {
        return { lastWeek: 0, weeks: [] };
    }
}

/** The exercises the plan can name: its own definitions and every one its activities resolve to. */
function exerciseIndex(plan: Plan): Map<string, Exercise> {
    const index = new Map<string, Exercise>();
    for (const phase of phasesOf(plan)) {
        for (const activity of phase.members.filter(isActivity)) {
            const exercise = activityExercise(activity);
            if (exercise?.name) index.set(exercise.name, exercise);
        }
    }
    for (const exercise of plan.members.filter(isExercise)) if (exercise.name) index.set(exercise.name, exercise);
    return index;
}

/** When to stop and whom to call: the plan's stop rules, the guide's signs for seeking help, and the contact. */
function renderStopBox(plan: Plan, w: Words, language: Language, seekHelp: readonly SeekHelp[]): Html | '' {
    const stops = plan.members
        .filter(isStopRule)
        .flatMap(r => r.conditions.map(c => stopConditionWords(c, language)))
        .filter(Boolean);
    const help = seekHelp.map(s => s[language]).filter(Boolean);
    const contact = renderContact(plan, w);
    if (stops.length + help.length === 0 && !contact) return '';
    return html`<section class="stop-box" role="note">
<h2>${w.stopBoxTitle}</h2>
${stops.length ? html`<p>${w.stopIf}:</p><ul class="stop-rules">${join(stops.map(s => html`<li>${s}</li>`))}</ul>` : ''}
${help.length ? html`<h3>${w.handout.seekHelpTitle}</h3><ul class="seek-help">${join(help.map(s => html`<li>${s}</li>`))}</ul>` : ''}
${contact}
</section>`;
}

/**
 * What to do, not just when to stop: the monitor rules as a checklist for each session, and the guide's answer
 * when the next morning's first steps are sharper (turn the dose down to last week's).
 */
function renderChecklist(plan: Plan, w: Words, language: Language): Html | '' {
    const rules = plan.members.filter(isMonitor).flatMap(m => m.rules);
    const items = rules.map(r => loadRuleWords(r, language)).filter(Boolean);
    const watchesFirstSteps =
        rules.some(isFirstStepPainLog) || plan.members.filter(isStopRule).some(r => r.conditions.some(isFirstStepPainRises));
    if (watchesFirstSteps) items.push(w.handout.goBack);
    items.push(...plan.members.filter(isShoes).map(s => w.shoes(w.num(s.distance?.value))));
    if (items.length === 0) return '';
    return html`<section class="checklist"><h2>${w.loadRulesTitle}</h2><ul class="load-rules">${join(items.map(s => html`<li>${s}</li>`))}</ul></section>`;
}

function renderLibraryBody(model: Model | undefined, w: Words, language: Language): Html {
    const library = model?.library;
    if (!library) return html`<h1>${w.untitledPlan}</h1>`;
    const rows = library.exercises.map(
        e => html`<tr><td>${exerciseName(e, e.name, language)}</td><td class="cue">${exerciseCue(e, language) ?? ''}</td></tr>`
    );
    return html`<h1>${library.title ?? humanize(library.name ?? '')}</h1>
<table class="activities"><thead><tr><th>${w.exercise}</th><th>${w.howTo}</th></tr></thead><tbody>${join(rows)}</tbody></table>`;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

function renderDiagnostics(diagnostics: Diagnostic[], w: Words): Html {
    const items = [...diagnostics]
        .filter(d => d && d.range)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => {
            const severity = SEVERITIES[(d.severity ?? 1) - 1] ?? 'error';
            const line = d.range.start.line + 1;
            return html`<li class="${severity}" data-line="${line}"><strong>${w.severities[severity]}</strong><span class="code">${d.code ?? ''}</span>${d.message} <span class="subtitle">(${w.line(String(line))})</span></li>`;
        });
    return html`<section class="diagnostics"><h2>${w.diagnostics}</h2>${items.length ? html`<ul>${join(items)}</ul>` : html`<p>${w.noDiagnostics}</p>`}</section>`;
}
