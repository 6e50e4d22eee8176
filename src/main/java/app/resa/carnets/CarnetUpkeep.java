package app.resa.carnets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.billing.PaymentMethod;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;

/**
 * A carnet after its sale: its validity extended, its unused coupons cancelled and refunded pro
 * rata (decision 66). Both are recorded in the carnet's history.
 */
@Service
public class CarnetUpkeep {

    private final CarnetSales sales;
    private final SaleFolio money;
    private final Organisations organisations;
    private final Clock clock;

    CarnetUpkeep(CarnetSales sales, SaleFolio money, Organisations organisations, Clock clock) {
        this.sales = sales;
        this.money = money;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The carnet now valid through {@code lastDay} (in the organisation's time zone); it must be later. */
    @Transactional
    public CarnetSale.Carnet extend(Caller caller, String number, LocalDate lastDay, String reason) {
        var carnet = locked(caller, number);
        if (!lastDay.isAfter(carnet.lastDay())) {
            throw CarnetRefusedException.notLater(number);
        }
        var validity = Validity.until(lastDay, organisations.zoneOf(caller.organisationId()));
        sales.extend(caller.organisationId(), carnet.id(), validity.lastDay(), validity.expiresAt());
        sales.record(caller, carnet.id(), "EXTENDED", carnet.lastDay() + " → " + lastDay + ": " + reason.strip(),
                clock.instant());
        return carnet(caller, number);
    }

    /** What a cancellation did: the coupons cancelled and the money given back. */
    public record Cancelled(CarnetSale.Carnet carnet, int couponsCancelled, Money refunded) {
    }

    /**
     * Cancels the carnet's unused coupons. Its charge is voided and the part used charged again,
     * so the folio bills what was consumed; if the sale was paid, the rest is refunded in the way
     * named: price × cancelled ÷ coupons, rounded half-even to the currency's minor unit.
     */
    @Transactional
    public Cancelled cancel(Caller caller, String number, PaymentMethod method, String reason) {
        var carnet = locked(caller, number);
        var sale = sales.lock(caller.organisationId(), carnet.saleId()).orElseThrow();
        int cancelled = sales.cancelUnused(caller.organisationId(), carnet.id());
        if (cancelled == 0) {
            throw CarnetRefusedException.nothingToCancel(number);
        }
        Money price = sale.unitPrice();
        Money refund = new Money(price.amount().multiply(BigDecimal.valueOf(cancelled))
                .divide(BigDecimal.valueOf(sale.couponsPerCarnet()), price.amount().scale(), RoundingMode.HALF_EVEN),
                price.currency());
        Instant now = clock.instant();
        String why = "carnet " + number + ": " + cancelled + " coupon(s) cancelled, " + reason.strip();
        if (carnet.chargeId() != null && refund.amount().signum() > 0) {
            money.folios.voidCharge(caller, sale.dossierId(), carnet.chargeId(), why);
            Money kept = price.minus(refund);
            if (kept.amount().signum() > 0) {
                var charge = money.folios.addService(caller, sale.dossierId(), null,
                        "Carnet " + sale.modelName() + " " + number + " (" + (sale.couponsPerCarnet() - cancelled)
                                + "/" + sale.couponsPerCarnet() + ")", 1, kept, null, null);
                sales.setCharge(caller.organisationId(), carnet.id(), charge.id());
            }
            if (sale.state() != CarnetSale.State.OPEN) {
                money.payments.refund(caller, sale.dossierId(), refund, method, why, null);
            }
        }
        Money refunded = sale.state() != CarnetSale.State.OPEN ? refund : Money.zero(price.currency());
        sales.record(caller, carnet.id(), "CANCELLED", cancelled + " coupon(s), refunded " + refunded.amount() + " "
                + refunded.currency().getCurrencyCode() + ": " + reason.strip(), now);
        return new Cancelled(carnet(caller, number), cancelled, refunded);
    }

    public CarnetSale.Carnet carnet(Caller caller, String number) {
        return sales.carnet(caller.organisationId(), number).orElseThrow(() -> NotFoundException.of("Carnet", number));
    }

    /** The carnet, its row locked until the commit: one change at a time. */
    private CarnetSale.Carnet locked(Caller caller, String number) {
        return sales.lockCarnet(caller.organisationId(), number)
                .orElseThrow(() -> NotFoundException.of("Carnet", number));
    }

    public List<String> history(Caller caller, String number) {
        return sales.history(caller.organisationId(), carnet(caller, number).id());
    }
}
