/*
 * Small builders for FHIR R4 JSON: ids, quantities and this project's extensions. Every extension
 * lives under one base URL so that a receiving system can recognise (and ignore) all of them at once;
 * docs/fhir.md lists each one.
 */

export const FHIR_BASE = 'https://rehab-lang.dev/fhir';
export const EXTENSION_BASE = `${FHIR_BASE}/StructureDefinition`;
export const UCUM = 'http://unitsofmeasure.org';
/** The media type of a rule written in the rehab language, e.g. `first-step pain at most 2/10`. */
export const REHAB_MEDIA_TYPE = 'text/x-rehab';

export type Json = Record<string, unknown>;

export function extensionUrl(name: string): string {
    return `${EXTENSION_BASE}/${name}`;
}

/**
 * A FHIR resource id (`[A-Za-z0-9.-]{1,64}`) derived from names, so the same plan always yields the
 * same ids. Long names keep their start and get a short hash of the whole, to stay unique.
 */
export function fhirId(...parts: Array<string | undefined>): string {
    const raw = parts
        .filter(p => p !== undefined && p !== '')
        .join('-')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const id = raw === '' ? 'unnamed' : raw;
    return id.length <= 64 ? id : `${id.slice(0, 55)}-${hash(id)}`;
}

/** FNV-1a, 8 hex digits: enough to keep truncated ids apart, and stable across runs. */
function hash(text: string): string {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

/** `return-to-running` → `ReturnToRunning`: FHIR wants `name` usable as a code identifier. */
export function pascalName(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const pascal = name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(w => w[0].toUpperCase() + w.slice(1))
        .join('');
    return /^[A-Za-z]/.test(pascal) ? pascal : undefined;
}

const UCUM_UNITS: Record<string, string> = { s: 's', min: 'min', h: 'h', kg: 'kg', km: 'km', '%': '%', wk: 'wk', d: 'd', a: 'a' };

export function quantity(value: number | undefined, unit: string | undefined): Json | undefined {
    if (value === undefined || !Number.isFinite(value) || !unit) return undefined;
    const code = UCUM_UNITS[unit];
    return code ? { value, unit, system: UCUM, code } : { value, unit };
}

export function weeks(value: number | undefined): Json | undefined {
    return quantity(value, 'wk');
}

export function ext(name: string, valueKey: string, value: unknown): Json | undefined {
    if (value === undefined || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return undefined;
    return { url: extensionUrl(name), [valueKey]: value };
}

/** A complex extension: sub-extensions use plain names as their url, as FHIR's own complex extensions do. */
export function complexExt(name: string, parts: Array<[string, string, unknown]>): Json | undefined {
    const extension = parts
        .filter(([, , value]) => value !== undefined && value !== '' && !(typeof value === 'number' && !Number.isFinite(value)))
        .map(([url, key, value]) => ({ url, [key]: value }));
    return extension.length > 0 ? { url: extensionUrl(name), extension } : undefined;
}

/**
 * A condition expression in the rehab language. The official R4 JSON Schema enumerates only
 * text/cql, text/fhirpath and application/x-fhir-query for Expression.language (the binding itself is
 * extensible), so the media type travels in an extension on the `language` element, which FHIR
 * allows for a primitive that has no value.
 */
export function rehabExpression(description: string, expression: string): Json {
    return {
        description,
        _language: { extension: [{ url: extensionUrl('expression-language'), valueCode: REHAB_MEDIA_TYPE }] },
        expression
    };
}

/** Drops undefined, non-finite numbers, empty strings, empty arrays and empty objects: FHIR allows none of them. */
export function clean<T>(value: T): T {
    return prune(value) as T;
}

function prune(value: unknown): unknown {
    if (Array.isArray(value)) {
        const items = value.map(prune).filter(v => v !== undefined);
        return items.length > 0 ? items : undefined;
    }
    if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) {
            const p = prune(v);
            if (p !== undefined) out[key] = p;
        }
        return Object.keys(out).length > 0 ? out : undefined;
    }
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'string') return value.trim() === '' ? undefined : value;
    return value ?? undefined;
}
