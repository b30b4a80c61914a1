// A bench figure (npm run bench): reading and following a 10-year pain diary (3,650 rows) on a plan, in process.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Model } from '../../language/generated/ast.js';
import { followDiary, renderFollowHtml } from '../../language/follow/index.js';
import { createRehabServices } from '../../language/rehab-module.js';

/** 3,650 days from 2027-01-04 in the Danish form (`;`, DD.MM.YYYY, decimal commas, CRLF). */
export function tenYearDiary(days = 3650): string {
    const lines = ['dato;første-skridt;aktivitet;faldet-til-ro;gang;løb;flag;note'];
    for (let i = 0; i < days; i++) {
        const d = new Date(Date.UTC(2027, 0, 4) + i * 86_400_000);
        const fs = Math.max(0, 5 - i / 20 + (i % 5 === 0 ? 0.5 : 0));
        lines.push(
            `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()};${String(Math.round(fs * 100) / 100).replace('.', ',')};2;ja;${30 + (i % 20)};;;`
        );
    }
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function followFigure(runs = 5): Promise<{ rows: number; followMs: number; htmlMs: number }> {
    const { Rehab } = createRehabServices(EmptyFileSystem);
    const text = readFileSync(path.resolve(import.meta.dirname, '../../examples/return-to-running.rehab'), 'utf8');
    const plan = (await parseHelper<Model>(Rehab)(text, { validation: true })).parseResult.value.plan!;
    const csv = tenYearDiary();
    const time = (fn: () => unknown) => {
        for (let i = 0; i < 2; i++) fn();
        const xs: number[] = [];
        for (let i = 0; i < runs; i++) {
            const t = performance.now();
            fn();
            xs.push(performance.now() - t);
        }
        xs.sort((a, b) => a - b);
        return xs[xs.length >> 1];
    };
    const result = followDiary(plan, csv);
    return { rows: result.rows, followMs: time(() => followDiary(plan, csv)), htmlMs: time(() => renderFollowHtml(result)) };
}
