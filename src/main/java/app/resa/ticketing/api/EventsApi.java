package app.resa.ticketing.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.shared.Caller;
import app.resa.ticketing.Event;
import app.resa.ticketing.EventManagement;
import app.resa.ticketing.NewTariff;
import app.resa.ticketing.Tariff;
import app.resa.ticketing.TariffManagement;

@RestController
@RequestMapping("/api/v1")
class EventsApi {

    private final EventManagement events;
    private final TariffManagement tariffs;

    EventsApi(EventManagement events, TariffManagement tariffs) {
        this.events = events;
        this.tariffs = tariffs;
    }

    @GetMapping("/events")
    @PreAuthorize("hasRole('VIEWER')")
    List<Event> list(Caller caller) {
        return events.all(caller.organisationId());
    }

    @GetMapping("/events/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Event get(Caller caller, @PathVariable UUID id) {
        return events.get(caller.organisationId(), id);
    }

    @PostMapping("/events")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<Event> create(Caller caller, @Valid @RequestBody NewEvent request) {
        var event = events.create(caller, request.name(), request.seasonId());
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.id())).body(event);
    }

    @GetMapping("/events/{id}/tariffs")
    @PreAuthorize("hasRole('VIEWER')")
    List<Tariff> tariffs(Caller caller, @PathVariable UUID id) {
        return tariffs.ofEvent(caller.organisationId(), id);
    }

    @PostMapping("/tariffs")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<Tariff> createTariff(Caller caller, @Valid @RequestBody NewTariff request) {
        var tariff = tariffs.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/tariffs/" + tariff.id())).body(tariff);
    }

    record NewEvent(@NotBlank @Size(max = 200) String name, @Nullable UUID seasonId) {
    }
}
