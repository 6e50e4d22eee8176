package app.resa.ticketing.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.shared.Caller;
import app.resa.ticketing.NewSeatingPlan;
import app.resa.ticketing.SeatingPlan;
import app.resa.ticketing.Venue;
import app.resa.ticketing.VenueManagement;

@RestController
@RequestMapping("/api/v1")
class VenuesApi {

    private final VenueManagement venues;

    VenuesApi(VenueManagement venues) {
        this.venues = venues;
    }

    @GetMapping("/venues")
    @PreAuthorize("hasRole('VIEWER')")
    List<Venue> list(Caller caller) {
        return venues.all(caller.organisationId());
    }

    @PostMapping("/venues")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<Venue> create(Caller caller, @Valid @RequestBody NewVenue request) {
        var venue = venues.create(caller, request.name());
        return ResponseEntity.created(URI.create("/api/v1/venues/" + venue.id())).body(venue);
    }

    @PostMapping("/seating-plans")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<SeatingPlan> createPlan(Caller caller, @Valid @RequestBody NewSeatingPlan request) {
        var plan = venues.createPlan(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/seating-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/seating-plans/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    SeatingPlan plan(Caller caller, @PathVariable UUID id) {
        return venues.plan(caller.organisationId(), id);
    }

    record NewVenue(@NotBlank @Size(max = 100) String name) {
    }
}
