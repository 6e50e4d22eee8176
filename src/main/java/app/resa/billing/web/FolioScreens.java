package app.resa.billing.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.FolioManagement;
import app.resa.billing.PaymentManagement.NewPayment;
import app.resa.billing.PaymentManagement;
import app.resa.billing.PaymentMethod;
import app.resa.billing.ReceiptPrinting;
import app.resa.booking.DossierOperations;
import app.resa.booking.DossierStatus;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.Screen;

/**
 * The folio on the dossier detail (loaded by htmx into booking's page, which knows nothing of
 * billing): charges, payments and balance per folio, "Add payment" (amount, method, note) and
 * "Settle". Both post, then come back to the dossier with a message. Each payment row links to
 * its receipt.
 */
@Screen
@RequestMapping("/dossiers/{id}")
@PreAuthorize("hasRole('VIEWER')")
class FolioScreens {

    private final FolioManagement folios;
    private final PaymentManagement payments;
    private final DossierOperations dossiers;
    private final ReceiptPrinting receipts;

    FolioScreens(FolioManagement folios, PaymentManagement payments, DossierOperations dossiers,
                 ReceiptPrinting receipts) {
        this.folios = folios;
        this.payments = payments;
        this.dossiers = dossiers;
        this.receipts = receipts;
    }

    @GetMapping("/folio")
    String folio(Caller caller, @PathVariable UUID id, Model model) {
        var dossier = dossiers.get(caller, id);
        var account = folios.of(caller, id);
        model.addAttribute("dossierId", id);
        model.addAttribute("account", account);
        model.addAttribute("currency", folios.currencyOf(caller, id).getCurrencyCode());
        model.addAttribute("payable", dossier.status() != DossierStatus.CANCELLED);
        model.addAttribute("due", account.folios().stream().anyMatch(f -> f.due().amount().signum() > 0));
        model.addAttribute("methods", PaymentMethod.values());
        return "billing/folio :: folio";
    }

    /** The "Receipt" link of a payment row: the same PDF as the API's, in the screen's language. */
    @GetMapping("/payments/{paymentId}/receipt.pdf")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<byte[]> receipt(Caller caller, @PathVariable UUID paymentId, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + paymentId + ".pdf\"")
                .body(receipts.pdf(caller, paymentId, locale));
    }

    @PostMapping("/payments")
    @PreAuthorize("hasRole('AGENT')")
    String pay(Caller caller, @PathVariable UUID id, @RequestParam String amount, @RequestParam String currency,
               @RequestParam String method, @RequestParam(required = false) @Nullable String note,
               RedirectAttributes flash) {
        try {
            var money = money(amount, currency);
            if (money == null) {
                flash.addFlashAttribute("error", "error.invalid-amount");
                return "redirect:/dossiers/" + id;
            }
            var recorded = payments.pay(caller, id, new NewPayment(money, PaymentMethod.named(method),
                    note == null || note.length() <= 500 ? note : note.substring(0, 500), null, null, null));
            flash.addFlashAttribute("message", recorded.toCredit() == null ? "folio.done.payment" : "folio.done.toCredit");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/settle")
    @PreAuthorize("hasRole('AGENT')")
    String settle(Caller caller, @PathVariable UUID id, @RequestParam String method, RedirectAttributes flash) {
        try {
            payments.settle(caller, id, PaymentMethod.named(method), null, null);
            flash.addFlashAttribute("message", "folio.done.settle");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/dossiers/" + id;
    }

    /** An extra service on the dossier's main folio, taxed at the organisation's default rate. */
    @PostMapping("/charges")
    @PreAuthorize("hasRole('AGENT')")
    String addService(Caller caller, @PathVariable UUID id, @RequestParam String description,
                      @RequestParam(defaultValue = "1") int quantity, @RequestParam String unitPrice,
                      @RequestParam String currency, RedirectAttributes flash) {
        try {
            var price = money(unitPrice, currency);
            if (price == null || price.isNegative()) {
                flash.addFlashAttribute("error", "error.invalid-amount");
            } else if (description.isBlank() || description.length() > 200 || quantity < 1 || quantity > 10_000) {
                flash.addFlashAttribute("error", "error.generic");
            } else {
                folios.addService(caller, id, null, description.strip(), quantity, price, null, null);
                flash.addFlashAttribute("message", "folio.done.service");
            }
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/dossiers/" + id;
    }

    /** A charge voided: it stays on the folio, struck through with the reason, and stops counting. */
    @PostMapping("/charges/{chargeId}/void")
    @PreAuthorize("hasRole('AGENT')")
    String voidCharge(Caller caller, @PathVariable UUID id, @PathVariable UUID chargeId,
                      @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            folios.voidCharge(caller, id, chargeId, reason.isBlank() ? "voided" : reason.strip()
                    .substring(0, Math.min(reason.strip().length(), 200)));
            flash.addFlashAttribute("message", "folio.done.void");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/dossiers/" + id;
    }

    /** The amount typed at the counter ("12,50" as well as "12.50"); null when it is not one in that currency. */
    private static @Nullable Money money(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount.strip().replace(',', '.')), java.util.Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
