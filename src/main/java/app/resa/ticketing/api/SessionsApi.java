package app.resa.ticketing.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;
import app.resa.ticketing.NewSession;
import app.resa.ticketing.SeatStatus;
import app.resa.ticketing.SessionPlanning;
import app.resa.ticketing.api.Responses.AvailabilityResponse;
import app.resa.ticketing.api.Responses.SessionResponse;

@RestController
@RequestMapping("/api/v1/sessions")
class SessionsApi {

    private final SessionPlanning sessions;

    SessionsApi(SessionPlanning sessions) {
        this.sessions = sessions;
    }

    /** Sessions by start, optionally of one event and from/to instants (to excluded). */
    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    PageResponse<SessionResponse> list(Caller caller, @RequestParam(required = false) @Nullable UUID eventId,
                                       @RequestParam(required = false) @Nullable Instant from,
                                       @RequestParam(required = false) @Nullable Instant to,
                                       @ParameterObject @Valid PageRequest page) {
        return sessions.find(caller.organisationId(), eventId, from, to, page).map(SessionResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    SessionResponse get(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(sessions.get(caller.organisationId(), id));
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<SessionResponse> create(Caller caller, @Valid @RequestBody NewSession request) {
        var session = sessions.plan(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id())).body(SessionResponse.of(session));
    }

    @GetMapping("/{id}/availability")
    @PreAuthorize("hasRole('VIEWER')")
    AvailabilityResponse availability(Caller caller, @PathVariable UUID id) {
        return AvailabilityResponse.of(sessions.availability(caller.organisationId(), id));
    }

    @GetMapping("/{id}/seats")
    @PreAuthorize("hasRole('VIEWER')")
    List<SeatStatus> seats(Caller caller, @PathVariable UUID id) {
        return sessions.seats(caller.organisationId(), id);
    }
}
