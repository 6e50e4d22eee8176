package app.resa.carnets.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.PaymentMethod;
import app.resa.carnets.CarnetSale;
import app.resa.carnets.CarnetSelling;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * Carnet sales: sell (201 with the sale number, the carnets and their coupon numbers, the total
 * and the expiry), validate the payment, close. Send an {@code Idempotency-Key} with every POST.
 */
@RestController
@RequestMapping("/api/v1/carnet-sales")
@PreAuthorize("hasRole('VIEWER')")
class CarnetSalesApi {

    private final CarnetSelling selling;

    CarnetSalesApi(CarnetSelling selling) {
        this.selling = selling;
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<SaleResponse> sell(Caller caller, @Valid @RequestBody NewSale request) {
        var sale = selling.sell(caller, new CarnetSelling.NewSale(request.contactId(), request.beneficiaryType().strip(),
                request.modelId(), request.tariffId(), request.quantity(), request.validityDays()));
        return ResponseEntity.created(URI.create("/api/v1/carnet-sales/" + sale.id())).body(SaleResponse.of(sale));
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    List<SaleResponse> latest(Caller caller, @RequestParam(defaultValue = "50") int limit) {
        return selling.latest(caller, limit).stream().map(SaleResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    SaleResponse get(Caller caller, @PathVariable UUID id) {
        return SaleResponse.of(selling.get(caller, id));
    }

    /** "Validate the payment": settles what the sale's folio owes; the sale is then PAID. */
    @PostMapping("/{id}/payment")
    @PreAuthorize("hasRole('AGENT')")
    SaleResponse pay(Caller caller, @PathVariable UUID id, @Valid @RequestBody PaymentRequest request) {
        return SaleResponse.of(selling.pay(caller, id, PaymentMethod.named(request.method())));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('AGENT')")
    SaleResponse close(Caller caller, @PathVariable UUID id) {
        return SaleResponse.of(selling.close(caller, id));
    }

    /**
     * @param beneficiaryType a contact type code: subscriber, visitor, partner…
     * @param tariffId        one of the model's tariffs of that type; none: its first
     * @param validityDays    none: the model's
     */
    record NewSale(@NotNull UUID contactId, @NotBlank @Size(max = 60) String beneficiaryType, @NotNull UUID modelId,
                   @Nullable UUID tariffId, @NotNull @Min(1) @Max(100) Integer quantity,
                   @Nullable @Min(1) @Max(3660) Integer validityDays) {
    }

    /** @param method CASH, CARD, CHEQUE, BANK_TRANSFER, CREDIT_BALANCE (400 {@code unknown-method}) */
    record PaymentRequest(@NotBlank @Size(max = 40) String method) {
    }

    record SaleResponse(UUID id, long number, LocalDate saleDate, String state, UUID contactId, String beneficiaryType,
                        UUID modelId, String modelName, UUID tariffId, int quantity, int validityDays, Money unitPrice,
                        Money total, LocalDate validUntil, Instant expiresAt, UUID dossierId, Instant soldAt,
                        @Nullable Instant closedAt, List<CarnetResponse> carnets) {

        static SaleResponse of(CarnetSale sale) {
            var first = sale.carnets().getFirst();
            return new SaleResponse(sale.id(), sale.number(), sale.saleDate(), sale.state().name(), sale.contactId(),
                    sale.beneficiaryType(), sale.modelId(), sale.modelName(), sale.tariffId(), sale.quantity(),
                    sale.validityDays(), sale.unitPrice(), sale.total(), first.lastDay(), first.expiresAt(),
                    sale.dossierId(), sale.soldAt(), sale.closedAt(),
                    sale.carnets().stream().map(CarnetResponse::of).toList());
        }
    }

    record CarnetResponse(String number, LocalDate validUntil, Instant expiresAt, long couponsUsed, long couponsLeft,
                          List<CouponResponse> coupons) {

        static CarnetResponse of(CarnetSale.Carnet carnet) {
            return new CarnetResponse(carnet.number(), carnet.lastDay(), carnet.expiresAt(), carnet.couponsUsed(),
                    carnet.couponsLeft(), carnet.coupons().stream()
                    .map(c -> new CouponResponse(c.number(), c.state().name(), c.usedAt())).toList());
        }
    }

    record CouponResponse(String number, String state, @Nullable Instant usedAt) {
    }
}
