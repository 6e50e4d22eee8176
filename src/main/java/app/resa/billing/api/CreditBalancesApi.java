package app.resa.billing.api;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.Accounts;
import app.resa.billing.CreditBalance;
import app.resa.shared.Caller;

/** "Solde avoir": what contacts have in credit, per currency. */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class CreditBalancesApi {

    private final Accounts accounts;

    CreditBalancesApi(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Every unspent credit, largest first (at most {@value Accounts#CREDIT_BALANCES_SHOWN}). */
    @GetMapping("/api/v1/credit-balances")
    List<CreditBalance> all(Caller caller) {
        return accounts.creditBalances(caller);
    }

    /** One contact's credit per currency; an empty list when it has none. */
    @GetMapping("/api/v1/contacts/{id}/credit-balance")
    List<CreditBalance> ofContact(Caller caller, @PathVariable UUID id) {
        return accounts.creditOf(caller, id);
    }
}
