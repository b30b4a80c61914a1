import {
    isOperationCancelled,
    stream,
    ValidationRegistry,
    type AstNode,
    type Stream,
    type ValidationAcceptor,
    type ValidationCategory,
    type ValidationCheck,
    type ValidationChecks
} from 'langium';
import type { Cancellation } from 'langium';

type CancellationToken = Cancellation.CancellationToken;

/**
 * The same checks as Langium's registry, run with less overhead per node. Langium wraps every check in
 * its own async function and builds a fresh stream of checks for every node it visits; on a large plan
 * (tens of thousands of nodes, dozens of checks) those promises and streams cost more than the checks.
 * Here a node type's checks run synchronously in one function, an exception still becomes an error
 * diagnostic on the node (and cancellation still propagates), and the list per type is built once.
 */
export class RehabValidationRegistry extends ValidationRegistry {
    /** Per category selection (the validator passes the same array for a whole run), per node type. */
    private readonly checksByCategories = new Map<ValidationCategory[] | undefined, Map<string, ValidationCheck | null>>();

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category?: ValidationCategory): void {
        super.register(checksRecord, thisObj, category);
        this.checksByCategories.clear();
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken) as unknown;
                if (result instanceof Promise) return result.catch(err => reportCheckFailure(err, node, accept));
            } catch (err) {
                reportCheckFailure(err, node, accept);
            }
            return undefined;
        };
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        const check = this.checkFor(type, categories);
        return stream(check ? [check] : []);
    }

    /**
     * A node type's checks combined into one, or undefined when it has none: what the validator calls for each
     * node, without the iterator a stream allocates on every visit.
     */
    checkFor(type: string, categories?: ValidationCategory[]): ValidationCheck | undefined {
        let byType = this.checksByCategories.get(categories);
        if (!byType) {
            // Keyed by the array's identity; a run that passes fresh arrays must not grow this without bound.
            if (this.checksByCategories.size > 16) this.checksByCategories.clear();
            byType = new Map();
            this.checksByCategories.set(categories, byType);
        }
        let check = byType.get(type);
        if (check === undefined) {
            const list = super.getChecks(type, categories).toArray();
            check = list.length === 0 ? null : combine(list);
            byType.set(type, check);
        }
        return check ?? undefined;
    }
}

/** A check that threw: an error diagnostic on its node, so validation goes on. */
export function reportCheckFailure(err: unknown, node: AstNode, accept: ValidationAcceptor): void {
    // Langium cancels a build by throwing its OperationCancelled symbol; it must travel on unchanged.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (isOperationCancelled(err)) throw err;
    console.error('An error occurred during validation:', err);
    const details = err instanceof Error ? err.message : String(err);
    accept('error', `An error occurred during validation: ${details}`, { node });
}

/** One check that runs a type's checks in order; it only becomes asynchronous if one of them is. */
function combine(checks: ValidationCheck[]): ValidationCheck {
    return (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
        for (let i = 0; i < checks.length; i++) {
            const result = checks[i](node, accept, cancelToken) as unknown;
            if (result instanceof Promise) return finishAsync(result, checks, i + 1, node, accept, cancelToken);
        }
        return undefined;
    };
}

async function finishAsync(
    pending: Promise<unknown>,
    checks: ValidationCheck[],
    from: number,
    node: AstNode,
    accept: ValidationAcceptor,
    cancelToken: CancellationToken
): Promise<void> {
    await pending;
    for (let i = from; i < checks.length; i++) await checks[i](node, accept, cancelToken);
}
