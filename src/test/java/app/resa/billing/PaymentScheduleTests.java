package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.resa.billing.PaymentManagement.NewPayment;
import app.resa.billing.PaymentSchedules.NewInstalment;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** Payment schedules on the real database: paid parts computed from payments, the overdue list. */
@ApiTest
class PaymentScheduleTests {

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    PaymentSchedules schedules;

    @Autowired
    PaymentManagement payments;

    Caller admin;

    @BeforeEach
    void openOrganisation() {
        admin = tenants.open("Schedules").admin();
    }

    @Test
    void paymentsCoverTheEarliestInstalmentsAndTheRestIsOverdueOnceDue() {
        var show = sales.show(admin, "Andromaque", "100.00", "EUR");
        var dossier = sales.reserve(admin, sales.cart(admin, null, show, 3).id());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        schedules.plan(admin, dossier.id(), List.of(
                new NewInstalment(today.minusDays(20), Money.of("100.00", "EUR")),
                new NewInstalment(today.minusDays(5), Money.of("100.00", "EUR")),
                new NewInstalment(today.plusDays(30), Money.of("100.00", "EUR"))));

        payments.pay(admin, dossier.id(), new NewPayment(Money.of("130.00", "EUR"), PaymentMethod.CARD, null, null, null,
                null));

        var planned = schedules.of(admin, dossier.id());
        assertThat(planned).extracting(Instalment::status).containsExactly(Instalment.Status.PAID,
                Instalment.Status.OVERDUE, Instalment.Status.DUE);
        assertThat(planned.get(1).paid()).isEqualTo(Money.of("30.00", "EUR"));
        var overdue = schedules.overdue(admin, PageRequest.first(20));
        assertThat(overdue.items()).singleElement().satisfies(instalment -> {
            assertThat(instalment.dossierNumber()).isEqualTo(dossier.number());
            assertThat(instalment.outstanding()).isEqualTo(Money.of("70.00", "EUR"));
        });

        payments.pay(admin, dossier.id(), new NewPayment(Money.of("70.00", "EUR"), PaymentMethod.CASH, null, null, null,
                null));
        assertThat(schedules.overdue(admin, PageRequest.first(20)).items()).isEmpty();
    }

    @Test
    void aScheduleAddsUpToTheDossiersTotalInDueDateOrder() {
        var show = sales.show(admin, "Bérénice", "50.00", "EUR");
        var dossier = sales.sold(admin, null, show, 2);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

        assertThatThrownBy(() -> schedules.plan(admin, dossier.id(), List.of(
                new NewInstalment(today, Money.of("60.00", "EUR")))))
                .extracting("code", "field").containsExactly("schedule-sum-mismatch", "instalments");
        assertThatThrownBy(() -> schedules.plan(admin, dossier.id(), List.of(
                new NewInstalment(today.plusDays(9), Money.of("50.00", "EUR")),
                new NewInstalment(today, Money.of("50.00", "EUR")))))
                .extracting("code").isEqualTo("due-dates-out-of-order");
        assertThat(schedules.of(admin, dossier.id())).isEmpty();

        assertThat(schedules.plan(admin, dossier.id(), List.of(new NewInstalment(today, Money.of("40.00", "EUR")),
                new NewInstalment(today.plusMonths(1), Money.of("60.00", "EUR"))))).hasSize(2);
        assertThat(schedules.plan(admin, dossier.id(), List.of())).isEmpty();
    }
}
