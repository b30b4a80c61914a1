import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Model } from '../../language/generated/ast.js';
import { validate } from '../test-services.js';

export const examplesDir = join(__dirname, '..', '..', 'examples');

/** The plans in examples/ (top level; more appear over time, so they are globbed, not listed). */
export function exampleFiles(): string[] {
    return readdirSync(examplesDir)
        .filter(f => f.endsWith('.rehab'))
        .sort();
}

const loaded = new Map<string, Promise<Model>>();

/** Parses and links an example, loading the files it imports first so its references resolve. */
export function loadExample(file: string): Promise<Model> {
    const path = join(examplesDir, file);
    let model = loaded.get(path);
    if (!model) {
        model = (async () => {
            const text = readFileSync(path, 'utf8');
            for (const match of text.matchAll(/^\s*import\s+"([^"]+)"/gm)) {
                await loadExample(relative(examplesDir, join(dirname(path), match[1])));
            }
            const { document } = await validate(text, { uri: `file:///examples/${file}` });
            return document.parseResult.value;
        })();
        loaded.set(path, model);
    }
    return model;
}
