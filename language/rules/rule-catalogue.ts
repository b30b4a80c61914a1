import genericData from './profiles/generic.profile.json';
import plantarFasciitisData from './profiles/plantar-fasciitis.profile.json';
import { loadProfile, type RuleDefinition, type RuleProfile } from './profile-schema.js';

export const GENERIC_PROFILE: RuleProfile = loadProfile(genericData, 'generic.profile.json');

/** Guide profiles by the `condition` that selects them. A new guide is one more entry here. */
export const CONDITION_PROFILES: readonly RuleProfile[] = [loadProfile(plantarFasciitisData, 'plantar-fasciitis.profile.json')];

/** The guide profile a `condition` selects, from the profiles that ship (for pure functions without services). */
export function shippedProfileForCondition(condition: string | undefined): RuleProfile | undefined {
    return condition ? CONDITION_PROFILES.find(p => p.condition === condition) : undefined;
}

/** Every rule of every profile, by id; one lookup for the reporter, the docs and the editor. */
export class RuleCatalogue {
    private readonly rules = new Map<string, { rule: RuleDefinition; profile: RuleProfile }>();

    constructor(readonly profiles: readonly RuleProfile[] = [GENERIC_PROFILE, ...CONDITION_PROFILES]) {
        for (const profile of profiles) {
            for (const rule of profile.rules) {
                if (this.rules.has(rule.id)) throw new Error(`Rule ${rule.id} is defined twice (profile ${profile.id}).`);
                this.rules.set(rule.id, { rule, profile });
            }
        }
    }

    rule(id: string): RuleDefinition | undefined {
        return this.rules.get(id)?.rule;
    }

    profileOfRule(id: string): RuleProfile | undefined {
        return this.rules.get(id)?.profile;
    }

    has(id: string): boolean {
        return this.rules.has(id);
    }

    allRules(): RuleDefinition[] {
        return [...this.rules.values()].map(r => r.rule);
    }

    profileForCondition(condition: string | undefined): RuleProfile | undefined {
        return condition ? this.profiles.find(p => p.condition === condition) : undefined;
    }

    knownConditions(): string[] {
        return this.profiles.flatMap(p => (p.condition ? [p.condition] : []));
    }
}

/** A threshold of a profile; a missing key is a defect in the profile, so it fails loudly. */
export function threshold(profile: RuleProfile, key: string): number {
    const value = profile.thresholds[key];
    if (value === undefined) throw new Error(`Rule profile ${profile.id} has no threshold '${key}'.`);
    return value;
}
