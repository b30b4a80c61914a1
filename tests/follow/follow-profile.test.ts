import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FOLLOW_RULE_IDS, loadFollowProfile, PLANTAR_FASCIITIS_FOLLOW } from '../../language/follow/follow-profile.js';
import { RED_FLAGS } from '../../language/plan/red-flags.js';

const data = JSON.parse(readFileSync('language/rules/profiles/plantar-fasciitis.follow.json', 'utf8'));

describe('the follow profile', () => {
    test("holds every FU rule once, in both languages, and this project's defaults", () => {
        expect(PLANTAR_FASCIITIS_FOLLOW.rules.map(r => r.id)).toEqual([...FOLLOW_RULE_IDS]);
        expect(PLANTAR_FASCIITIS_FOLLOW.thresholds).toMatchObject({
            baselineMornings: 7,
            riseWindowMornings: 7,
            riseMinMornings: 3,
            riseDefaultPoints: 2,
            reviewImprovementPercent: 10,
            weekMinMornings: 3
        });
        for (const rule of PLANTAR_FASCIITIS_FOLLOW.rules) {
            for (const text of [rule.message, ...Object.values(rule.variants ?? {}).map(v => v.message)]) {
                expect(text.en.length).toBeGreaterThan(0);
                expect(text.da.length).toBeGreaterThan(0);
                // The same placeholders in both languages.
                expect([...text.da.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()).toEqual(
                    [...text.en.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()
                );
            }
        }
        expect(Object.keys(PLANTAR_FASCIITIS_FOLLOW.redFlags)).toEqual([...RED_FLAGS]);
    });
    test("the guide's quotes are the guide's words", () => {
        const guide = readFileSync('docs/guide/plantar-fasciitis.da.txt', 'utf8');
        for (const rule of PLANTAR_FASCIITIS_FOLLOW.rules) {
            for (const part of (rule.quote ?? '')
                .split('…')
                .map(p =>
                    p
                        .trim()
                        .replace(/^\.\s*/, '')
                        .replace(/\.$/, '')
                )
                .filter(p => p.length > 3)) {
                expect(guide, `${rule.id}: ${part}`).toContain(part);
            }
        }
    });
    test.each([
        [
            'a missing threshold',
            (d: typeof data) => {
                delete d.thresholds.riseDefaultPoints;
            },
            /thresholds\.riseDefaultPoints/
        ],
        [
            'a rule without Danish',
            (d: typeof data) => {
                delete d.rules[0].message.da;
            },
            /rules\.0\.message\.da/
        ],
        [
            'a missing rule',
            (d: typeof data) => {
                d.rules[6] = { ...d.rules[5] };
            },
            /FU007 missing/
        ],
        [
            'an unknown key',
            (d: typeof data) => {
                d.extra = 1;
            },
            /\(root\)|extra/
        ]
    ])('a bad profile fails loudly: %s', (_name, mutate, message) => {
        const copy = structuredClone(data);
        mutate(copy);
        expect(() => loadFollowProfile(copy, 'test.follow.json')).toThrow(message);
    });
});
