package app.resa.carnets.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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

import app.resa.carnets.CarnetModel;
import app.resa.carnets.CarnetModelManagement;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/** Carnet models: what a carnet holds, for how long, and its price per beneficiary type. */
@RestController
@RequestMapping("/api/v1/carnet-models")
@PreAuthorize("hasRole('VIEWER')")
class CarnetModelsApi {

    private final CarnetModelManagement models;

    CarnetModelsApi(CarnetModelManagement models) {
        this.models = models;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    List<CarnetModel> list(Caller caller) {
        return models.all(caller);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    CarnetModel get(Caller caller, @PathVariable UUID id) {
        return models.get(caller, id);
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<CarnetModel> create(Caller caller, @Valid @RequestBody NewModel request) {
        var model = models.create(caller, new CarnetModelManagement.NewModel(request.name(), request.couponsPerCarnet(),
                request.validityDays(), request.eventIds() == null ? List.of() : request.eventIds(),
                request.tariffs().stream().map(t -> new CarnetModelManagement.NewTariff(t.beneficiaryType(), t.name(),
                        t.price())).toList()));
        return ResponseEntity.created(URI.create("/api/v1/carnet-models/" + model.id())).body(model);
    }

    /**
     * @param eventIds what a coupon is exchanged for; none: any event, session or product
     * @param tariffs  a price per beneficiary type (a contact type code: subscriber, visitor, partner…)
     */
    record NewModel(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(999) Integer couponsPerCarnet,
                    @NotNull @Min(1) @Max(3660) Integer validityDays, @Nullable List<@NotNull UUID> eventIds,
                    @NotEmpty @Size(max = 50) List<@Valid @NotNull NewTariff> tariffs) {
    }

    record NewTariff(@NotBlank @Size(max = 60) String beneficiaryType, @Size(max = 100) @Nullable String name,
                     @NotNull Money price) {
    }
}
