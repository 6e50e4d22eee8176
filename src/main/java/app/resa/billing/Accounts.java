package app.resa.billing;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.resa.contacts.ContactManagement;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** The seed's "Comptes" lists: payments ("Règlements"), deposits ("Acomptes"), credit balances ("Solde avoir"). */
@Service
public class Accounts {

    /** The longest list of credit balances shown at once; the largest come first. */
    public static final int CREDIT_BALANCES_SHOWN = 500;

    private final Payments payments;
    private final ContactManagement contacts;

    Accounts(Payments payments, ContactManagement contacts) {
        this.payments = payments;
        this.contacts = contacts;
    }

    public PageResponse<Payment> payments(Caller caller, PaymentFilter filter, PageRequest page) {
        return payments.find(caller.organisationId(), filter, page);
    }

    /** A contact's credit, per currency (none: an empty list); 404 for a contact not of the organisation. */
    public List<CreditBalance> creditOf(Caller caller, UUID contactId) {
        contacts.get(caller, contactId);
        return payments.balancesOf(caller.organisationId(), contactId);
    }

    public List<CreditBalance> creditBalances(Caller caller) {
        return payments.balances(caller.organisationId(), CREDIT_BALANCES_SHOWN);
    }
}
