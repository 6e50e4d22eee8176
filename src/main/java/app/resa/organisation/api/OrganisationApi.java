package app.resa.organisation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.organisation.Branch;
import app.resa.organisation.Organisation;
import app.resa.organisation.OrganisationManagement;
import app.resa.organisation.Organisations;
import app.resa.organisation.PointOfSale;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/** The caller's organisation, its branches and points of sale. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('VIEWER')")
class OrganisationApi {

    private final Organisations organisations;
    private final OrganisationManagement management;

    OrganisationApi(Organisations organisations, OrganisationManagement management) {
        this.organisations = organisations;
        this.management = management;
    }

    @GetMapping("/organisation")
    Organisation organisation(Caller caller) {
        return organisations.find(caller.organisationId())
                .orElseThrow(() -> NotFoundException.of("Organisation", caller.organisationId()));
    }

    @GetMapping("/branches")
    List<Branch> branches(Caller caller) {
        return organisations.branches(caller.organisationId());
    }

    @GetMapping("/branches/{id}")
    Branch branch(Caller caller, @PathVariable UUID id) {
        return organisations.branch(caller.organisationId(), id).orElseThrow(() -> NotFoundException.of("Branch", id));
    }

    @PostMapping("/branches")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Branch> addBranch(Caller caller, @Valid @RequestBody NewBranch request) {
        var branch = management.addBranch(caller, request.name());
        return ResponseEntity.created(URI.create("/api/v1/branches/" + branch.id())).body(branch);
    }

    @GetMapping("/points-of-sale")
    List<PointOfSale> pointsOfSale(Caller caller) {
        return organisations.pointsOfSale(caller.organisationId());
    }

    @GetMapping("/points-of-sale/{id}")
    PointOfSale pointOfSale(Caller caller, @PathVariable UUID id) {
        return organisations.pointOfSale(caller.organisationId(), id)
                .orElseThrow(() -> NotFoundException.of("Point of sale", id));
    }

    @PostMapping("/points-of-sale")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PointOfSale> addPointOfSale(Caller caller, @Valid @RequestBody NewPointOfSale request) {
        var pointOfSale = management.addPointOfSale(caller, request.branchId(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/points-of-sale/" + pointOfSale.id())).body(pointOfSale);
    }

    @PatchMapping("/points-of-sale/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    PointOfSale changePointOfSale(Caller caller, @PathVariable UUID id, @Valid @RequestBody HoldDelays request) {
        return management.changeHoldDelays(caller, id, request.holdDelaySeconds(), request.holdMaxLifetimeSeconds());
    }

    /** How long a cart of this point of sale holds its places. */
    record HoldDelays(@NotNull @Min(30) @Max(86_400) Integer holdDelaySeconds,
                      @NotNull @Min(60) @Max(604_800) Integer holdMaxLifetimeSeconds) {
    }

    record NewBranch(@NotBlank @Size(max = 100) String name) {
    }

    record NewPointOfSale(@NotNull UUID branchId, @NotBlank @Size(max = 100) String name) {
    }
}
