import type { RehabServices } from '../rehab-module.js';
import { GenericValuesValidator } from './generic-values-validator.js';
import { GenericKindValidator } from './generic-kind-validator.js';
import { GenericProgressionValidator } from './generic-progression-validator.js';
import { GenericExerciseValidator } from './generic-exercise-validator.js';
import { GenericPlanFactsValidator } from './generic-plan-facts-validator.js';
import { GenericStructureValidator } from './generic-structure-validator.js';
import { CourseValidator } from './course-validator.js';
import { DosageValidator } from './dosage-validator.js';
import { LoadMonitoringValidator } from './load-monitoring-validator.js';
import { ProceduresValidator } from './procedures-validator.js';
import { RunningValidator } from './running-validator.js';
import { FootwearValidator } from './footwear-validator.js';
import { ScreeningValidator } from './screening-validator.js';
import { ImportValidator } from './import-validator.js';
import type { RuleFamily } from './rule-family.js';
import { ValidationLifecycle } from './validation-lifecycle.js';

/** Registers every rule family, framed by the lifecycle that prepares the shared context and closes the run. */
export function registerValidationChecks(services: RehabServices): void {
    const registry = services.validation.ValidationRegistry;
    const lifecycle = new ValidationLifecycle(services);
    registry.registerBeforeDocument(lifecycle.prepare, lifecycle);
    for (const family of ruleFamilies(services)) registry.register(family.guardedChecks(), family);
    registry.registerAfterDocument(lifecycle.reportAllowsThatSilencedNothing, lifecycle);
}

/** Every rule family, each owning the rules it reports (`owns`); a test checks every rule has exactly one owner. */
export function ruleFamilies(services: RehabServices): RuleFamily[] {
    return [
        new GenericStructureValidator(services),
        new GenericValuesValidator(services),
        new GenericKindValidator(services),
        new GenericProgressionValidator(services),
        new GenericExerciseValidator(services),
        new GenericPlanFactsValidator(services),
        new ImportValidator(services),
        new ScreeningValidator(services),
        new LoadMonitoringValidator(services),
        new DosageValidator(services),
        new RunningValidator(services),
        new FootwearValidator(services),
        new CourseValidator(services),
        new ProceduresValidator(services)
    ];
}
