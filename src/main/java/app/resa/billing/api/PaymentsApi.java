package app.resa.billing.api;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.Accounts;
import app.resa.billing.Payment;
import app.resa.billing.PaymentFilter;
import app.resa.billing.PaymentManagement;
import app.resa.billing.PaymentManagement.NewPayment;
import app.resa.billing.PaymentMethod;
import app.resa.billing.ReceiptPrinting;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Money on a dossier: pay (partly or not), settle the balance, refund; and the lists of payments
 * and deposits. Send an {@code Idempotency-Key} with every POST: a retried payment is never
 * recorded twice. Each payment has a printable receipt.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class PaymentsApi {

    private final PaymentManagement payments;
    private final Accounts accounts;
    private final ReceiptPrinting receipts;

    PaymentsApi(PaymentManagement payments, Accounts accounts, ReceiptPrinting receipts) {
        this.payments = payments;
        this.accounts = accounts;
        this.receipts = receipts;
    }

    @PostMapping("/api/v1/dossiers/{id}/payments")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Recorded> pay(Caller caller, @PathVariable UUID id, @Valid @RequestBody PaymentRequest request) {
        var recorded = payments.pay(caller, id, new NewPayment(request.amount(), PaymentMethod.named(request.method()),
                request.note(), request.folioId(), request.cashSessionId(), request.externalReference()));
        return created(id, Recorded.of(recorded));
    }

    @PostMapping("/api/v1/dossiers/{id}/settle")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Recorded> settle(Caller caller, @PathVariable UUID id, @Valid @RequestBody SettleRequest request) {
        var recorded = payments.settle(caller, id, PaymentMethod.named(request.method()), request.note(),
                request.folioId());
        return created(id, Recorded.of(recorded));
    }

    /** Money given back: a manager's decision, not the counter's. */
    @PostMapping("/api/v1/dossiers/{id}/refunds")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<Recorded> refund(Caller caller, @PathVariable UUID id, @Valid @RequestBody RefundRequest request) {
        var recorded = payments.refund(caller, id, request.amount(), PaymentMethod.named(request.method()),
                request.reason().strip(), request.folioId());
        return created(id, Recorded.of(recorded));
    }

    /** "Règlements": payments, refunds and transfers to credit, newest first. */
    @GetMapping("/api/v1/payments")
    PageResponse<Payment> list(Caller caller, @RequestParam(required = false) @Nullable Instant from,
                               @RequestParam(required = false) @Nullable Instant to,
                               @RequestParam(required = false) @Nullable PaymentMethod method,
                               @RequestParam(required = false) @Nullable UUID pointOfSaleId,
                               @RequestParam(required = false) @Nullable UUID dossierId, @Valid PageRequest page) {
        return accounts.payments(caller, new PaymentFilter(from, to, method, pointOfSaleId, dossierId, false), page);
    }

    /** "Acomptes": payments made before their dossier was confirmed. */
    @GetMapping("/api/v1/deposits")
    PageResponse<Payment> deposits(Caller caller, @RequestParam(required = false) @Nullable Instant from,
                                   @RequestParam(required = false) @Nullable Instant to, @Valid PageRequest page) {
        return accounts.payments(caller, new PaymentFilter(from, to, null, null, null, true), page);
    }

    /** The receipt of one payment or refund, in the caller's language ({@code Accept-Language}), opened in the browser. */
    @GetMapping("/api/v1/payments/{id}/receipt.pdf")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<byte[]> receipt(Caller caller, @PathVariable UUID id, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + id + ".pdf\"")
                .body(receipts.pdf(caller, id, locale));
    }

    private static ResponseEntity<Recorded> created(UUID dossierId, Recorded recorded) {
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossierId + "/folio")).body(recorded);
    }

    /**
     * @param method one of CASH, CARD, CHEQUE, BANK_TRANSFER, CREDIT_BALANCE, ONLINE (400 {@code unknown-method})
     */
    record PaymentRequest(@NotNull Money amount, @NotBlank @Size(max = 40) String method,
                          @Size(max = 500) @Nullable String note, @Nullable UUID folioId, @Nullable UUID cashSessionId,
                          @Size(max = 200) @Nullable String externalReference) {
    }

    record SettleRequest(@NotBlank @Size(max = 40) String method, @Size(max = 500) @Nullable String note,
                         @Nullable UUID folioId) {
    }

    record RefundRequest(@NotNull Money amount, @NotBlank @Size(max = 40) String method,
                         @NotBlank @Size(max = 500) String reason, @Nullable UUID folioId) {
    }

    /** The payment recorded, the part moved to the credit balance if any, and the dossier's folio after it. */
    record Recorded(Payment payment, @Nullable Payment toCredit, FolioResponse folio) {

        static Recorded of(PaymentManagement.Recorded recorded) {
            return new Recorded(recorded.payment(), recorded.toCredit(), FolioResponse.of(recorded.folios()));
        }
    }
}
