package app.resa.inventory;

import java.util.Collection;

import app.resa.shared.BusinessRuleViolation;

/** A move asked of allocations that are not in a state that allows it (an expired hold, say). */
public class AllocationStateException extends BusinessRuleViolation {

    private AllocationStateException(AllocationState target, Collection<AllocationId> ids) {
        super("allocation-state", "Cannot move " + ids.size() + " allocation(s) to " + target
                + ": some are expired, released or not in a state that allows it");
    }

    public static AllocationStateException of(AllocationState target, Collection<AllocationId> ids) {
        return new AllocationStateException(target, ids);
    }
}
