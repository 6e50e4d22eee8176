package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.resa.billing.PaymentManagement.NewPayment;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** Cash registers on the real database: the desk's payments join the open session, the report adds up. */
@ApiTest
class CashRegisterTests {

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    CashRegisterManagement registers;

    @Autowired
    PaymentManagement payments;

    Caller admin;
    Tenants.Tenant tenant;

    @BeforeEach
    void openOrganisation() {
        tenant = tenants.open("Cash desk");
        admin = tenant.admin();
    }

    @Test
    void theClosingReportShowsExpectedCountedAndDifferencePerMethod() {
        var register = registers.create(admin, tenant.pointOfSaleId(), "Desk 1");
        var session = registers.open(admin, register.id(), Money.of("100.00", "EUR"));
        var show = sales.show(admin, "Tartuffe", "30.00", "EUR");
        var first = sales.sold(admin, null, show, 2);
        var second = sales.sold(admin, null, show, 2);

        var cash = payments.pay(admin, first.id(), new NewPayment(Money.of("60.00", "EUR"), PaymentMethod.CASH, null,
                null, null, null));
        payments.pay(admin, second.id(), new NewPayment(Money.of("30.00", "EUR"), PaymentMethod.CARD, null, null, null,
                null));
        payments.pay(admin, second.id(), new NewPayment(Money.of("5.00", "EUR"), PaymentMethod.BANK_TRANSFER, null, null,
                null, null));
        payments.refund(admin, first.id(), Money.of("10.00", "EUR"), PaymentMethod.CASH, "one seat less", null);

        var open = registers.report(admin, session.id());
        assertThat(open.open()).isTrue();
        assertThat(open.counts()).extracting(CashSession.Count::method)
                .containsExactly(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.CHEQUE);

        var closed = registers.close(admin, session.id(), Map.of(PaymentMethod.CASH, Money.of("148.00", "EUR"),
                PaymentMethod.CARD, Money.of("30.00", "EUR")), "two euros missing");

        assertThat(closed.open()).isFalse();
        assertThat(closed.closingNote()).isEqualTo("two euros missing");
        var byMethod = closed.counts().stream().collect(java.util.stream.Collectors.toMap(CashSession.Count::method,
                c -> c));
        assertThat(byMethod.get(PaymentMethod.CASH).expected()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(byMethod.get(PaymentMethod.CASH).counted()).isEqualTo(Money.of("148.00", "EUR"));
        assertThat(byMethod.get(PaymentMethod.CASH).difference()).isEqualTo(Money.of("-2.00", "EUR"));
        assertThat(byMethod.get(PaymentMethod.CARD).difference()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(byMethod.get(PaymentMethod.CHEQUE).counted()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(byMethod).as("a bank transfer is not taken at the desk").doesNotContainKey(PaymentMethod.BANK_TRANSFER);
        assertThat(registers.report(admin, session.id())).isEqualTo(closed);
        assertThat(cash.payment().amount()).isEqualTo(Money.of("60.00", "EUR"));
    }

    @Test
    void oneOpenSessionPerRegisterAndClosingTwiceIsRefused() {
        var register = registers.create(admin, tenant.pointOfSaleId(), "Desk 1");
        var session = registers.open(admin, register.id(), Money.of("0.00", "EUR"));

        assertThatThrownBy(() -> registers.open(admin, register.id(), Money.of("10.00", "EUR")))
                .extracting("code").isEqualTo("cash-session-open");
        var other = registers.create(admin, tenant.pointOfSaleId(), "Desk 2");
        assertThatThrownBy(() -> registers.open(admin, other.id(), Money.of("10.00", "EUR")))
                .as("one drawer per point of sale").extracting("code").isEqualTo("cash-session-open");
        assertThatThrownBy(() -> registers.create(admin, tenant.pointOfSaleId(), "Desk 1"))
                .extracting("code").isEqualTo("register-name-taken");

        registers.close(admin, session.id(), Map.of(), null);
        assertThatThrownBy(() -> registers.close(admin, session.id(), Map.of(), null))
                .extracting("code").isEqualTo("cash-session-closed");
        assertThat(registers.open(admin, register.id(), Money.of("20.00", "EUR")).open()).isTrue();
    }

    @Test
    void aPaymentAfterClosingBelongsToNoSession() {
        var register = registers.create(admin, tenant.pointOfSaleId(), "Desk 1");
        var session = registers.open(admin, register.id(), Money.of("0.00", "EUR"));
        registers.close(admin, session.id(), Map.of(), null);
        var show = sales.show(admin, "Phèdre", "20.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);

        payments.pay(admin, dossier.id(), new NewPayment(Money.of("20.00", "EUR"), PaymentMethod.CASH, null, null, null,
                null));

        var next = registers.open(admin, register.id(), Money.of("0.00", "EUR"));
        assertThat(registers.report(admin, next.id()).counts()).allSatisfy(count ->
                assertThat(count.expected().amount().signum()).isZero());
        assertThat(registers.sessions(admin, app.resa.shared.web.PageRequest.first(10)).items()).hasSize(2);
    }
}
