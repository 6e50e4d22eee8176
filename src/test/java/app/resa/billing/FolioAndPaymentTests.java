package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.billing.PaymentManagement.NewPayment;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** Folios on the real database: charges follow the sale, payments the counter. */
@ApiTest
class FolioAndPaymentTests {

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    FolioManagement folios;

    @Autowired
    PaymentManagement payments;

    @Autowired
    Accounts accounts;

    @Autowired
    TaxRates taxRates;

    @Autowired
    JdbcClient jdbc;

    Caller admin;

    @BeforeEach
    void openOrganisation() {
        admin = tenants.open("Billing").admin();
    }

    @Test
    void confirmingADossierPostsOneChargePerLineAtTheDefaultTax() {
        taxRates.create(admin, "TVA 5.5 %", new BigDecimal("5.5"), true, true);
        var show = sales.show(admin, "Tartuffe", "30.00", "EUR");
        var dossier = sales.sold(admin, null, show, 2);

        var folio = folios.of(admin, dossier.id());

        assertThat(folio.folios()).hasSize(1);
        var main = folio.folios().getFirst();
        assertThat(main.kind()).isEqualTo(FolioKind.MAIN);
        assertThat(main.charges()).singleElement().satisfies(charge -> {
            assertThat(charge.lineId()).isEqualTo(dossier.lines().getFirst().id());
            assertThat(charge.quantity()).isEqualTo(2);
            assertThat(charge.gross()).isEqualTo(Money.of("60.00", "EUR"));
            assertThat(charge.net()).isEqualTo(Money.of("56.87", "EUR"));
            assertThat(charge.taxName()).isEqualTo("TVA 5.5 %");
        });
        assertThat(folio.balances()).containsExactly(Money.of("60.00", "EUR"));
    }

    @Test
    void aReservedDossierHasNoChargeUntilConfirmed() {
        var show = sales.show(admin, "Phèdre", "20.00", "EUR");
        var dossier = sales.cart(admin, null, show, 1);
        sales.reserve(admin, dossier.id());

        assertThat(folios.of(admin, dossier.id()).folios()).isEmpty();
    }

    @Test
    void partialPaymentsThenSettlementBringTheBalanceToZero() {
        var show = sales.show(admin, "Ondine", "25.00", "EUR");
        var dossier = sales.sold(admin, null, show, 4);

        var first = payments.pay(admin, dossier.id(), cash("30.00"));
        assertThat(first.folios().balances()).containsExactly(Money.of("70.00", "EUR"));
        assertThat(first.payment().deposit()).isFalse();

        var settled = payments.settle(admin, dossier.id(), PaymentMethod.CARD, "at the counter", null);
        assertThat(settled.payment().amount()).isEqualTo(Money.of("70.00", "EUR"));
        assertThat(settled.folios().balances()).containsExactly(Money.of("0.00", "EUR"));

        assertThatThrownBy(() -> payments.settle(admin, dossier.id(), PaymentMethod.CASH, null, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Nothing is due")
                .extracting("code").isEqualTo("nothing-due");
    }

    @Test
    void anOverpaymentGoesToTheContactsCreditWhichPaysAnotherDossier() {
        var show = sales.show(admin, "Cyrano", "18.00", "EUR");
        UUID contact = sales.contact(admin, "Credit");
        var first = sales.sold(admin, contact, show, 1);

        var paid = payments.pay(admin, first.id(), cash("50.00"));
        assertThat(paid.toCredit()).isNotNull();
        assertThat(paid.toCredit().amount()).isEqualTo(Money.of("-32.00", "EUR"));
        assertThat(paid.folios().balances()).containsExactly(Money.of("0.00", "EUR"));
        assertThat(accounts.creditOf(admin, contact)).singleElement()
                .extracting(CreditBalance::balance).isEqualTo(Money.of("32.00", "EUR"));

        var second = sales.sold(admin, contact, show, 1);
        var fromCredit = payments.settle(admin, second.id(), PaymentMethod.CREDIT_BALANCE, null, null);
        assertThat(fromCredit.folios().balances()).containsExactly(Money.of("0.00", "EUR"));
        assertThat(accounts.creditOf(admin, contact)).singleElement()
                .extracting(CreditBalance::balance).isEqualTo(Money.of("14.00", "EUR"));

        var third = sales.sold(admin, contact, show, 1);
        assertThatThrownBy(() -> payments.settle(admin, third.id(), PaymentMethod.CREDIT_BALANCE, null, null))
                .extracting("code").isEqualTo("insufficient-credit");
        assertThat(paymentsOf(third.id())).isZero();
    }

    @Test
    void concurrentSpendingNeverTakesTheCreditBelowZero() throws Exception {
        var show = sales.show(admin, "Britannicus", "10.00", "EUR");
        UUID contact = sales.contact(admin, "Spender");
        var source = sales.sold(admin, contact, show, 1);
        payments.pay(admin, source.id(), cash("60.00"));                 // 50.00 of credit

        var dossiers = new ArrayList<UUID>();
        for (int i = 0; i < 8; i++) {
            dossiers.add(sales.sold(admin, contact, show, 1).id());      // 8 × 10.00 due, 5 can be paid
        }
        var tasks = new ArrayList<Callable<Boolean>>();
        for (UUID dossier : dossiers) {
            tasks.add(() -> {
                try {
                    payments.pay(admin, dossier, new NewPayment(Money.of("10.00", "EUR"), PaymentMethod.CREDIT_BALANCE,
                            null, null, null, null));
                    return true;
                } catch (BusinessRuleViolation e) {
                    return false;
                }
            });
        }
        int succeeded = 0;
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var result : pool.invokeAll(tasks)) {
                succeeded += result.get() ? 1 : 0;
            }
        }

        assertThat(succeeded).isEqualTo(5);
        assertThat(accounts.creditOf(admin, contact)).singleElement()
                .extracting(CreditBalance::balance).isEqualTo(Money.of("0.00", "EUR"));
        BigDecimal ledger = jdbc.sql("select sum(amount) from billing.credit_movement where organisation_id = :org and contact_id = :c")
                .param("org", admin.organisationId()).param("c", contact).query(BigDecimal.class).single();
        assertThat(ledger).isEqualByComparingTo("0");
    }

    @Test
    void aRefundGivesBackNoMoreThanWasPaid() {
        var show = sales.show(admin, "Andromaque", "40.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);
        payments.pay(admin, dossier.id(), cash("40.00"));

        assertThatThrownBy(() -> payments.refund(admin, dossier.id(), Money.of("40.01", "EUR"), PaymentMethod.CASH,
                "too much", null)).extracting("code").isEqualTo("refund-exceeds-paid");

        var refunded = payments.refund(admin, dossier.id(), Money.of("15.00", "EUR"), PaymentMethod.CASH,
                "seat with a poor view", null);
        assertThat(refunded.payment().kind()).isEqualTo(PaymentKind.REFUND);
        assertThat(refunded.payment().amount()).isEqualTo(Money.of("-15.00", "EUR"));
        assertThat(refunded.folios().balances()).containsExactly(Money.of("15.00", "EUR"));
    }

    @Test
    void aPaymentBeforeConfirmationIsADepositDeductedAtSettlement() {
        var show = sales.show(admin, "Bérénice", "35.00", "EUR");
        var dossier = sales.cart(admin, null, show, 2);
        sales.reserve(admin, dossier.id());

        var deposit = payments.pay(admin, dossier.id(), cash("20.00"));
        assertThat(deposit.payment().deposit()).isTrue();
        assertThat(deposit.toCredit()).isNull();
        assertThat(accounts.payments(admin, new PaymentFilter(null, null, null, null, null, true),
                app.resa.shared.web.PageRequest.first(10)).items()).extracting(Payment::id)
                .containsExactly(deposit.payment().id());

        sales.confirm(admin, dossier.id(), List.of());
        var settled = payments.settle(admin, dossier.id(), PaymentMethod.CARD, null, null);
        assertThat(settled.payment().amount()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(settled.folios().balances()).containsExactly(Money.of("0.00", "EUR"));
    }

    @Test
    void cancellingASoldLineVoidsItsChargeAndACancelledDossierTakesNoPayment() {
        var show = sales.show(admin, "Horace", "12.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);
        UUID line = dossier.lines().getFirst().id();

        sales.cancel(admin, dossier.id(), List.of(line));

        var charge = folios.of(admin, dossier.id()).folios().getFirst().charges().getFirst();
        assertThat(charge.live()).isFalse();
        assertThat(charge.voided().reason()).isEqualTo("line cancelled");
        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("0.00", "EUR"));
        assertThatThrownBy(() -> payments.pay(admin, dossier.id(), cash("1.00")))
                .extracting("code").isEqualTo("dossier-cancelled");
        assertThat(paymentsOf(dossier.id())).isZero();
    }

    @Test
    void splittingMovesTheLinesChargesToTheNewDossier() {
        var show = sales.show(admin, "Le Cid", "10.00", "EUR");
        var dossier = sales.cart(admin, null, show, 1);
        dossier = sales.add(admin, dossier, show, 3);
        dossier = sales.confirm(admin, dossier.id(), List.of());
        UUID moved = dossier.lines().stream().filter(l -> l.quantity() == 3).findFirst().orElseThrow().id();

        var other = sales.split(admin, dossier.id(), List.of(moved));

        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("10.00", "EUR"));
        var otherFolios = folios.of(admin, other.id());
        assertThat(otherFolios.balances()).containsExactly(Money.of("30.00", "EUR"));
        assertThat(otherFolios.folios().getFirst().charges()).extracting(Charge::lineId).containsExactly(moved);
    }

    @Test
    void routingSendsAProductsChargesToTheCompanysFolio() {
        var show = sales.show(admin, "Seminar", "100.00", "EUR");
        var dinner = sales.show(admin, "Dinner", "40.00", "EUR");
        var dossier = sales.cart(admin, null, show, 1);
        dossier = sales.add(admin, dossier, dinner, 1);
        UUID company = sales.contact(admin, "ACME");
        var companyFolio = folios.open(admin, dossier.id(), FolioKind.COMPANY, "ACME", company);
        folios.route(admin, dossier.id(), companyFolio.id(), null, show.eventId());

        sales.confirm(admin, dossier.id(), List.of());

        var all = folios.of(admin, dossier.id());
        assertThat(all.main(companyFolio.currency()).orElseThrow().balance()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(all.folio(companyFolio.id()).orElseThrow().balance()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(all.balances()).containsExactly(Money.of("140.00", "EUR"));
    }

    @Test
    void extraServicesAreChargedVoidedAndMovedWithTheirHistory() {
        var show = sales.show(admin, "Gala", "50.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);
        var parking = folios.addService(admin, dossier.id(), null, "Parking", 2, Money.of("7.50", "EUR"),
                Money.of("5.00", "EUR"), null);
        assertThat(parking.gross()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("60.00", "EUR"));

        var transfer = folios.open(admin, dossier.id(), FolioKind.TRANSFER, "Transfer", null);
        folios.move(admin, dossier.id(), List.of(parking.id()), transfer.id(), "guest asked");
        assertThat(folios.of(admin, dossier.id()).folio(transfer.id()).orElseThrow().balance())
                .isEqualTo(Money.of("10.00", "EUR"));

        folios.voidCharge(admin, dossier.id(), parking.id(), "offered");
        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("50.00", "EUR"));
        assertThat(jdbc.sql("select count(*) from billing.charge_move where organisation_id = :org and charge_id = :c")
                .param("org", admin.organisationId()).param("c", parking.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void foliosInYenAndDinarsKeepTheirCurrencysDigits() {
        var tokyo = sales.show(admin, "Kabuki", "4500", "JPY");
        var tunis = sales.show(admin, "Malouf", "12.750", "TND");
        var yen = sales.sold(admin, null, tokyo, 3);
        var dinars = sales.sold(admin, null, tunis, 2);

        assertThat(payments.pay(admin, yen.id(), new NewPayment(Money.of("5000", "JPY"), PaymentMethod.CASH, null,
                null, null, null)).folios().balances()).containsExactly(Money.of("8500", "JPY"));
        assertThat(payments.pay(admin, dinars.id(), new NewPayment(Money.of("10.001", "TND"), PaymentMethod.CASH, null,
                null, null, null)).folios().balances()).containsExactly(Money.of("15.499", "TND"));
        assertThatThrownBy(() -> payments.pay(admin, yen.id(), cash("10.00")))
                .extracting("code").isEqualTo("currency-mismatch");
    }

    private static NewPayment cash(String euros) {
        return new NewPayment(Money.of(euros, "EUR"), PaymentMethod.CASH, null, null, null, null);
    }

    private long paymentsOf(UUID dossierId) {
        return jdbc.sql("select count(*) from billing.payment where organisation_id = :org and dossier_id = :d")
                .param("org", admin.organisationId()).param("d", dossierId).query(Long.class).single();
    }
}
