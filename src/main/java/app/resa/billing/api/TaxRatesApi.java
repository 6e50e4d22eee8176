package app.resa.billing.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.TaxRate;
import app.resa.billing.TaxRates;
import app.resa.shared.Caller;

/** The organisation's tax rates; the default one taxes every sale. */
@RestController
@RequestMapping("/api/v1/tax-rates")
@PreAuthorize("hasRole('VIEWER')")
class TaxRatesApi {

    private final TaxRates taxRates;

    TaxRatesApi(TaxRates taxRates) {
        this.taxRates = taxRates;
    }

    @GetMapping
    List<TaxRate> all(Caller caller) {
        return taxRates.of(caller);
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<TaxRate> create(Caller caller, @Valid @RequestBody NewTaxRate request) {
        var rate = taxRates.create(caller, request.name().strip(), request.rate(), request.inclusive(),
                Boolean.TRUE.equals(request.isDefault()));
        return ResponseEntity.created(URI.create("/api/v1/tax-rates")).body(rate);
    }

    /**
     * @param rate      in percent: 5.5 for "TVA 5.5 %"
     * @param inclusive whether the organisation's prices include this tax
     */
    record NewTaxRate(@NotBlank @Size(max = 60) String name,
                      @NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) @Digits(integer = 2, fraction = 4) BigDecimal rate,
                      @NotNull Boolean inclusive, @org.jspecify.annotations.Nullable Boolean isDefault) {
    }
}
