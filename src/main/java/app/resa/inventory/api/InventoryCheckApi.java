package app.resa.inventory.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.inventory.InventoryCheck;
import app.resa.shared.Caller;

/** Lets an administrator prove the engine is sound: counters equal live claims, no double claim. */
@RestController
@RequestMapping("/api/v1/admin/inventory")
@PreAuthorize("hasRole('ADMIN')")
class InventoryCheckApi {

    private final InventoryCheck check;

    InventoryCheckApi(InventoryCheck check) {
        this.check = check;
    }

    @GetMapping("/check")
    Report check(Caller caller) {
        var violations = check.violations(caller.organisationId());
        return new Report(violations.isEmpty(), violations);
    }

    record Report(boolean sound, List<String> violations) {
    }
}
