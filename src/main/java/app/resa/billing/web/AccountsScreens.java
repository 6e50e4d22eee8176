package app.resa.billing.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.resa.billing.Accounts;
import app.resa.billing.CreditBalance;
import app.resa.billing.Payment;
import app.resa.billing.PaymentFilter;
import app.resa.billing.PaymentMethod;
import app.resa.booking.DossierOperations;
import app.resa.contacts.ContactSearch;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;
import app.resa.shared.web.Screen;

/** The seed's "Comptes" menu: payments ("Règlements"), deposits ("Acomptes"), credit balances ("Solde avoir"). */
@Screen
@RequestMapping("/accounts")
@PreAuthorize("hasRole('VIEWER')")
class AccountsScreens {

    private final Accounts accounts;
    private final DossierOperations dossiers;
    private final ContactSearch contacts;
    private final Organisations organisations;

    AccountsScreens(Accounts accounts, DossierOperations dossiers, ContactSearch contacts, Organisations organisations) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.contacts = contacts;
        this.organisations = organisations;
    }

    @GetMapping
    String index() {
        return "redirect:/accounts/payments";
    }

    @GetMapping("/payments")
    String payments(Caller caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                    @RequestParam(required = false) @Nullable PaymentMethod method,
                    @RequestParam(required = false) @Nullable UUID pointOfSaleId,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        var zone = organisations.zoneOf(caller.organisationId());
        var filter = new PaymentFilter(start(from, zone), to == null ? null : start(to.plusDays(1), zone), method,
                pointOfSaleId, null, false);
        list(caller, "payments", filter, page, model);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("method", method);
        model.addAttribute("pointOfSaleId", pointOfSaleId);
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("pointsOfSale", organisations.pointsOfSale(caller.organisationId()));
        return "billing/accounts";
    }

    @GetMapping("/deposits")
    String deposits(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        list(caller, "deposits", new PaymentFilter(null, null, null, null, null, true), page, model);
        return "billing/accounts";
    }

    @GetMapping("/credit-balances")
    String creditBalances(Caller caller, Model model) {
        var balances = accounts.creditBalances(caller);
        model.addAttribute("tab", "credit");
        model.addAttribute("balances", balances);
        model.addAttribute("contactNames", contacts.names(caller.organisationId(),
                balances.stream().map(CreditBalance::contactId).distinct().toList()));
        return "billing/accounts";
    }

    private void list(Caller caller, String tab, PaymentFilter filter, int page, Model model) {
        PageResponse<Payment> payments = accounts.payments(caller, filter,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE));
        // A page is 20 rows: their dossiers' numbers are read one by one, each once.
        Map<UUID, Long> numbers = new HashMap<>();
        for (Payment payment : payments.items()) {
            numbers.computeIfAbsent(payment.dossierId(), id -> number(caller, id));
        }
        model.addAttribute("tab", tab);
        model.addAttribute("payments", payments);
        model.addAttribute("numbers", numbers);
    }

    private long number(Caller caller, UUID dossierId) {
        try {
            return dossiers.get(caller, dossierId).number();
        } catch (NotFoundException e) {
            return 0;
        }
    }

    private static java.time.@Nullable Instant start(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
