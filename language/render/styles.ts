// The stylesheet is ours, never plan text. The handout uses a fixed light palette made for paper;
// the editor preview maps the same variables onto VS Code's theme colours.

const HANDOUT_COLOURS = `
:root {
  --fg: #1d2430; --bg: #ffffff; --muted: #4a5363; --border: #b8c0cc; --accent: #1f5a9e;
  --bar-0: #2f6db5; --bar-1: #2e7560; --bar-2: #8a5300; --bar-3: #6a4c9c;
  --run: #2f6db5; --strength: #2e7560; --limit: #b03020;
  --stop-bg: #fff4e5; --stop-border: #e67e22; --table-head: #f1f4f8; --font: "Segoe UI", "Helvetica Neue", Arial, sans-serif;
}`;

const EDITOR_COLOURS = `
:root {
  --fg: var(--vscode-editor-foreground, #1d2430); --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #5b6575); --border: var(--vscode-panel-border, #d5dae1);
  --accent: var(--vscode-textLink-foreground, #2f6db5);
  --bar-0: var(--vscode-charts-blue, #4f86c6); --bar-1: var(--vscode-charts-green, #5aa88f);
  --bar-2: var(--vscode-charts-orange, #d49a3a); --bar-3: var(--vscode-charts-purple, #8a6bbf);
  --run: var(--vscode-charts-blue, #2f6db5); --strength: var(--vscode-charts-green, #5aa88f); --limit: var(--vscode-charts-red, #c0392b);
  --stop-bg: var(--vscode-inputValidation-warningBackground, #fff4e5); --stop-border: var(--vscode-inputValidation-warningBorder, #e67e22);
  --table-head: var(--vscode-editorWidget-background, #f1f4f8); --font: var(--vscode-font-family, sans-serif);
}
[data-line] { cursor: pointer; }
[data-line]:hover { outline: 1px dotted var(--accent); }`;

const LAYOUT = `
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 3rem; font-family: var(--font); font-size: 12pt; line-height: 1.45; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.7em; margin: 0 0 .3em; }
h2 { font-size: 1.25em; margin: 1.6em 0 .5em; border-bottom: 2px solid var(--border); padding-bottom: .2em; }
h3 { font-size: 1.1em; margin: 0 0 .4em; }
.subtitle { color: var(--muted); margin: 0 0 1em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.header { display: flex; justify-content: space-between; gap: 2rem; flex-wrap: wrap; }
.stop-box { border: 2px solid var(--stop-border); background: var(--stop-bg); border-radius: 8px; padding: .8em 1.2em; margin: 1.2em 0; }
.stop-box h2 { border: 0; margin: 0 0 .3em; padding: 0; }
.stop-box ul { margin: .2em 0 .6em; padding-left: 1.3em; }
.stop-box h3 { margin-top: .6em; font-size: 1em; }
.phase { border: 1px solid var(--border); border-radius: 8px; padding: .8em 1.2em; margin: 1em 0; }
.phase .weeks { color: var(--muted); font-weight: normal; font-size: .9em; margin-left: .5em; }
.phase p { margin: .3em 0; }
.label { font-weight: 600; }
table.activities, table.week-table { width: 100%; border-collapse: collapse; margin-top: .6em; }
table.activities th, table.activities td, table.week-table th, table.week-table td { text-align: left; vertical-align: top; padding: .35em .5em; border-bottom: 1px solid var(--border); }
table.activities th, table.week-table thead th { background: var(--table-head); font-weight: 600; }
table.week-table { width: auto; min-width: 60%; }
table.week-table caption { text-align: left; font-weight: 600; padding: .8em 0 .2em; }
table.week-table tbody th { font-weight: 600; white-space: nowrap; }
table.week-table td.dates { white-space: nowrap; color: var(--muted); }
tr.current, .phase.current { outline: 3px solid var(--accent); }
.now { margin-left: .6em; font-size: .85em; color: var(--accent); font-weight: 600; }
.this-week { font-weight: 600; color: var(--accent); }
.checklist { border: 2px solid var(--accent); border-radius: 8px; padding: .8em 1.2em; margin: 1.2em 0; }
.checklist h2 { border: 0; margin: 0 0 .3em; padding: 0; }
.checklist ul { margin: .2em 0; padding-left: 1.3em; }
.referral { border: 3px solid var(--stop-border); background: var(--stop-bg); border-radius: 8px; padding: 1em 1.4em; margin: 1.2em 0; font-size: 1.15em; }
.referral h2 { border: 0; margin: 0 0 .4em; padding: 0; }
.referral .refer { font-weight: 700; }
.contact { font-weight: 600; margin: .4em 0 0; }
a { color: var(--accent); }
.link { margin-top: .2em; font-weight: normal; }
.link-text, .qr-code { display: none; }
.qr-code { margin: .3em 0 0; }
.qr-code figcaption { font-size: .85em; color: var(--muted); }
td.cue { color: var(--fg); }
.markers { margin: .3em 0 0; padding-left: 1.3em; color: var(--muted); }
svg { display: block; max-width: 100%; height: auto; font-family: var(--font); }
svg text { font-size: 12px; fill: var(--fg); }
svg .gridline { stroke: var(--border); stroke-dasharray: 2 3; }
svg .axis-title, svg .axis-max { fill: var(--muted); font-size: 11px; }
svg .bar-label { font-weight: 600; fill: #ffffff; dominant-baseline: central; }
svg .bar-label-outside { font-weight: 600; fill: var(--fg); dominant-baseline: central; }
svg .bar-0 { fill: var(--bar-0); } svg .bar-1 { fill: var(--bar-1); } svg .bar-2 { fill: var(--bar-2); } svg .bar-3 { fill: var(--bar-3); }
svg .axis, svg .tick line { stroke: var(--border); stroke-width: 1; }
svg .tick-label, svg .tick text { fill: var(--muted); font-size: 11px; }
svg .panel-title { font-weight: 600; }
svg .load-run { fill: var(--run); } svg .load-strength { fill: var(--strength); }
svg .growth-limit { stroke: var(--limit); stroke-width: 2; stroke-dasharray: 5 3; fill: none; }
svg .marker-review { fill: var(--accent); } svg .marker-procedure { fill: var(--limit); }
.diagnostics ul { list-style: none; padding: 0; }
.diagnostics li { padding: .3em .5em; border-left: 4px solid var(--border); margin: .3em 0; }
.diagnostics li.error { border-color: var(--vscode-editorError-foreground, #c0392b); }
.diagnostics li.warning { border-color: var(--vscode-editorWarning-foreground, #e67e22); }
.diagnostics .code { font-family: var(--vscode-editor-font-family, monospace); color: var(--muted); margin: 0 .5em; }
footer { margin-top: 2em; color: var(--muted); font-size: .95em; border-top: 1px solid var(--border); padding-top: .6em; }`;

const PRINT = `
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; }
  .phase, .stop-box, .checklist, .referral, svg, tr, table.week-table { break-inside: avoid; page-break-inside: avoid; }
  a { color: var(--fg); text-decoration: none; }
  .link-text { display: block; font-size: .8em; color: var(--muted); word-break: break-all; }
  .qr-code { display: block; }
  h2, h3 { break-after: avoid; }
  .diagnostics, .overrides { display: none; }
  svg, .stop-box, table.activities th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  [data-line]:hover { outline: none; }
}`;

export function stylesheet(mode: 'handout' | 'editor'): string {
    return (mode === 'editor' ? EDITOR_COLOURS : HANDOUT_COLOURS) + LAYOUT + PRINT;
}
