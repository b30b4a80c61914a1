import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Activity, Avoid, Entry, Phase, Plan, PlanMember, Progression } from '../generated/ast.js';
import { isCondition, isEntry, isLanguageSetting, isMonitor, isPatient, isPhase, isRest, isReview, isStopRule } from '../generated/ast.js';
import {
    appendToNode,
    indentationOf,
    insertFirstInBlock,
    insertInBlock,
    insertLinesAfterLine,
    replaceNode,
    spanning,
    type QuickFix
} from './text-edits.js';

/**
 * The plantar-fasciitis quick fixes, as pure text edits computed from the AST. Each builder returns
 * a fix whose edits, once applied, make its rule stop firing (tests/rules check that for every rule).
 */

const HEADER_MEMBERS = [isCondition, isLanguageSetting, isPatient, isMonitor, isStopRule, isReview];

/** Adds plan-level lines after the plan's header lines (condition, patient, monitor …), before its phases. */
export function addPlanLine(plan: Plan, line: string | string[], anchors = HEADER_MEMBERS): TextEdit[] {
    const lines = Array.isArray(line) ? line : [line];
    const firstPhase = plan.members.findIndex(isPhase);
    const header = firstPhase < 0 ? plan.members : plan.members.slice(0, firstPhase);
    const anchor = [...header].reverse().find((m: PlanMember) => anchors.some(is => is(m)));
    if (anchor) return insertLinesAfterLine(anchor, lines);
    return insertFirstInBlock(plan, lines.join('\n' + indentationOf(plan) + '    '));
}

export function addRedFlagsNone(plan: Plan): QuickFix {
    const patient = plan.members.find(isPatient);
    const edits = patient
        ? insertInBlock(patient, 'red-flags none')
        : addPlanLine(plan, 'patient { red-flags none }', [isCondition, isLanguageSetting]);
    return { title: 'Add `red-flags none` (screen first)', edits };
}

/**
 * Adds a load rule to the plan's `monitor` block. Without a block, it writes one with every missing
 * rule (`missing`), so that the fixes of PF010 and PF012 make the same edit and one block results.
 */
export function addMonitorRule(plan: Plan, line: string, missing: string[] = [line]): QuickFix {
    const monitor = plan.members.find(isMonitor);
    if (monitor) return { title: `Add \`${line}\``, edits: insertInBlock(monitor, line) };
    const block = ['monitor {', ...missing.map(l => '    ' + l), '}'];
    return {
        title: `Add \`monitor { ${missing.join(' ')} }\``,
        edits: addPlanLine(plan, block, [isCondition, isLanguageSetting, isPatient])
    };
}

export function replaceWith(node: AstNode | undefined, text: string, title = `Set to \`${text}\``): QuickFix {
    return { title, edits: replaceNode(node, text) };
}

export function addStopRuleToPhase(phase: Phase, line = 'stop when first-step pain rises'): QuickFix {
    const last = phase.members[phase.members.length - 1];
    return {
        title: `Add \`${line}\` to phase '${phase.name}'`,
        edits: last ? insertLinesAfterLine(last, [line]) : insertInBlock(phase, line)
    };
}

/** Takes one word out of an `avoid` list; the whole line when it is the only word. */
export function removeAvoidWord(avoid: Avoid, index: number): TextEdit[] {
    if (avoid.items.length <= 1) return replaceNode(avoid, '');
    const words = avoid.items.filter((_, i) => i !== index);
    return replaceNode(avoid, `avoid ${words.join(', ')}`);
}

/** Replaces the surface after `on`. */
export function replaceSurface(activity: Activity, surface: string, title = `Change the surface to \`${surface}\``): QuickFix {
    const node = activity.$cstNode && GrammarUtils.findNodeForProperty(activity.$cstNode, 'surface');
    return { title, edits: node ? [{ range: node.range, newText: surface }] : [] };
}

/** Sets or adds `first-step pain at most N/10` in the phase's entry criteria. */
export function addEntryCriterion(phase: Phase, criterion: string): QuickFix {
    const entry: Entry | undefined = phase.members.find(isEntry);
    const edits = entry ? appendToNode(entry, ` and ${criterion}`) : insertInBlock(phase, `entry when ${criterion}`);
    return { title: `Add \`${criterion}\` to the entry`, edits };
}

/** Rewrites `every week` / `every 3 weeks` of a progression. */
export function setProgressionInterval(p: Progression, weeks: number): QuickFix {
    const cst = p.$cstNode;
    const every = cst && GrammarUtils.findNodeForKeyword(cst, 'every');
    const end = cst && (GrammarUtils.findNodeForKeyword(cst, 'weeks') ?? GrammarUtils.findNodeForKeyword(cst, 'week'));
    const text = `every ${weeks} weeks`;
    return { title: `Progress \`${text}\``, edits: every && end ? [{ range: spanning(every.range, end.range), newText: text }] : [] };
}

/** Rewrites the step of a progression (`+25 %`, `+2 min`) as a relative step. */
export function setProgressionStep(p: Progression, percent: number): QuickFix {
    const cst = p.$cstNode;
    const sign = cst && GrammarUtils.findNodeForProperty(cst, 'sign');
    const end = cst && (GrammarUtils.findNodeForProperty(cst, 'unit') ?? GrammarUtils.findNodeForProperty(cst, 'step'));
    const text = `+${percent} %`;
    return { title: `Progress by \`${text}\``, edits: sign && end ? [{ range: spanning(sign.range, end.range), newText: text }] : [] };
}

/** Makes a running activity every other day with a rest day: the frequency, and the `rest` line. */
export function restBetweenRuns(activity: Activity, tooOften: boolean): QuickFix {
    const line = 'rest 1 day between sessions';
    const edits: TextEdit[] = [];
    if (tooOften && activity.frequency) edits.push(...replaceNode(activity.frequency, 'every other day'));
    const rests = activity.rests.filter(isRest);
    const zero = rests.find(r => r.days === 0);
    if (zero) edits.push(...replaceNode(zero, line));
    else if (rests.length === 0) {
        const block = activity.$cstNode && GrammarUtils.findNodeForKeyword(activity.$cstNode, '{');
        if (block) edits.push(...insertInBlock(activity, line));
        else {
            const indent = indentationOf(activity);
            edits.push(...appendToNode(activity, ` {\n${indent}    ${line}\n${indent}}`));
        }
    }
    return { title: tooOften ? `Run \`every other day\` with \`${line}\`` : `Set \`${line}\``, edits: sortEdits(edits) };
}

function sortEdits(edits: TextEdit[]): TextEdit[] {
    return [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
