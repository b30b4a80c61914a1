import { UriUtils, WorkspaceCache, type FileSystemProvider, type URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import * as z from 'zod/mini';
import { SeverityOverrideSchema, type SeverityOverride } from './rule-settings.js';
import type { RuleCatalogue } from './rule-catalogue.js';

export const CONFIG_FILE_NAME = 'rehab.config.json';

/** `rehab.config.json`, beside the plans or in a folder above them: per-project rule severities. */
export const ProjectConfigSchema = z.strictObject({
    $schema: z.optional(z.string()),
    rules: z.optional(z.record(z.string(), SeverityOverrideSchema))
});

export interface ProjectConfig {
    file?: URI;
    rules: Record<string, SeverityOverride>;
    /** A clear message naming the key, when the file could not be used. */
    error?: string;
}

const NO_CONFIG: ProjectConfig = { rules: {} };

/** Finds and validates the nearest config file for a plan; results are cached until the workspace changes. */
export class ProjectConfigLoader {
    private readonly fs: FileSystemProvider;
    private readonly cache: WorkspaceCache<string, ProjectConfig>;

    constructor(
        shared: LangiumSharedCoreServices,
        private readonly catalogue: RuleCatalogue
    ) {
        this.fs = shared.workspace.FileSystemProvider;
        this.cache = new WorkspaceCache(shared);
    }

    forDocument(uri: URI): ProjectConfig {
        if (uri.scheme !== 'file') return NO_CONFIG;
        const dir = UriUtils.dirname(uri);
        return this.cache.get(dir.toString(), () => this.find(dir));
    }

    private find(dir: URI): ProjectConfig {
        for (let current = dir, depth = 0; depth < 64; depth++) {
            const candidate = UriUtils.joinPath(current, CONFIG_FILE_NAME);
            if (this.safeExists(candidate)) return this.read(candidate);
            const parent = UriUtils.dirname(current);
            if (parent.path === current.path) break;
            current = parent;
        }
        return NO_CONFIG;
    }

    private safeExists(uri: URI): boolean {
        try {
            return this.fs.existsSync(uri);
        } catch {
            return false;
        }
    }

    read(file: URI): ProjectConfig {
        let json: unknown;
        try {
            json = JSON.parse(this.fs.readFileSync(file));
        } catch (e) {
            return { file, rules: {}, error: `${CONFIG_FILE_NAME} is not valid JSON: ${(e as Error).message}` };
        }
        return parseProjectConfig(json, this.catalogue, file);
    }
}

export function parseProjectConfig(json: unknown, catalogue: RuleCatalogue, file?: URI): ProjectConfig {
    const result = ProjectConfigSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
        return {
            file,
            rules: {},
            error: `${CONFIG_FILE_NAME}: ${key}: ${issue.message}. Use { "rules": { "PF033": "error" | "warning" | "info" | "hint" | "off" } }.`
        };
    }
    const rules = result.data.rules ?? {};
    const unknown = Object.keys(rules).find(id => !catalogue.has(id));
    if (unknown) return { file, rules: {}, error: `${CONFIG_FILE_NAME}: rules.${unknown}: no rule has this id.` };
    return { file, rules };
}
