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
import app.resa.ticketing.Season;
import app.resa.ticketing.SeasonManagement;

@RestController
@RequestMapping("/api/v1/seasons")
class SeasonsApi {

    private final SeasonManagement seasons;

    SeasonsApi(SeasonManagement seasons) {
        this.seasons = seasons;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    List<Season> list(Caller caller) {
        return seasons.all(caller.organisationId());
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<Season> open(Caller caller, @Valid @RequestBody NewSeason request) {
        var season = seasons.open(caller, request.name());
        return ResponseEntity.created(URI.create("/api/v1/seasons/" + season.id())).body(season);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('MANAGER')")
    Season close(Caller caller, @PathVariable UUID id) {
        return seasons.close(caller, id);
    }

    record NewSeason(@NotBlank @Size(max = 100) String name) {
    }
}
