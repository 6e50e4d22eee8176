package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** The waiting account on the real database: money without a dossier, assigned once. */
@ApiTest
class WaitingAccountTests {

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    WaitingAccount account;

    @Autowired
    FolioManagement folios;

    Caller admin;

    @BeforeEach
    void openOrganisation() {
        admin = tenants.open("Waiting").admin();
    }

    @Test
    void moneyWaitsUntilAssignedThenIsAPaymentOfTheDossier() {
        var show = sales.show(admin, "Ondine", "40.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);
        var waiting = account.receive(admin, Money.of("40.00", "EUR"), PaymentMethod.BANK_TRANSFER, "VIR 778812",
                "no dossier number on the transfer");

        assertThat(account.list(admin, false, PageRequest.first(20)).items()).extracting(WaitingPayment::id)
                .containsExactly(waiting.id());

        var assigned = account.assign(admin, waiting.id(), dossier.id());

        assertThat(assigned.waiting()).isFalse();
        assertThat(assigned.dossierId()).isEqualTo(dossier.id());
        assertThat(account.list(admin, false, PageRequest.first(20)).items()).isEmpty();
        assertThat(account.list(admin, true, PageRequest.first(20)).items()).hasSize(1);
        var payments = folios.of(admin, dossier.id()).payments();
        assertThat(payments).singleElement().satisfies(payment -> {
            assertThat(payment.id()).isEqualTo(assigned.paymentId());
            assertThat(payment.externalReference()).isEqualTo("VIR 778812");
            assertThat(payment.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        });
        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("0.00", "EUR"));
    }

    @Test
    void concurrentAssignmentsMakeOnePayment() throws Exception {
        var show = sales.show(admin, "Cyrano", "25.00", "EUR");
        var first = sales.sold(admin, null, show, 1);
        var second = sales.sold(admin, null, show, 1);
        var waiting = account.receive(admin, Money.of("25.00", "EUR"), PaymentMethod.BANK_TRANSFER, null, null);
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<WaitingPayment>>();
        for (UUID dossier : new UUID[] {first.id(), second.id(), first.id(), second.id()}) {
            tasks.add(() -> {
                start.await();
                return account.assign(admin, waiting.id(), dossier);
            });
        }
        int assigned = 0;
        int refused = 0;
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                try {
                    future.get();
                    assigned++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(BusinessRuleViolation.class);
                    assertThat(((BusinessRuleViolation) e.getCause()).code()).isEqualTo("already-assigned");
                    refused++;
                }
            }
        }

        assertThat(assigned).isEqualTo(1);
        assertThat(refused).isEqualTo(3);
        int payments = folios.of(admin, first.id()).payments().size() + folios.of(admin, second.id()).payments().size();
        assertThat(payments).isEqualTo(1);
    }

    @Test
    void aRefusedAssignmentLeavesTheMoneyWaiting() {
        var show = sales.show(admin, "Phèdre", "20.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);
        sales.cancel(admin, dossier.id(), java.util.List.of());
        var waiting = account.receive(admin, Money.of("20.00", "EUR"), PaymentMethod.CHEQUE, "Chq 1", null);

        assertThatThrownBy(() -> account.assign(admin, waiting.id(), dossier.id()))
                .extracting("code").isEqualTo("dossier-cancelled");
        assertThat(account.get(admin, waiting.id()).waiting()).isTrue();
        assertThatThrownBy(() -> account.receive(admin, Money.of("5.00", "EUR"), PaymentMethod.CREDIT_BALANCE, null,
                null)).extracting("code").isEqualTo("unknown-method");
    }
}
