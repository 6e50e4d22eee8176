package app.resa.booking;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.Session;
import app.resa.ticketing.SessionCatalog;

/**
 * What a new line says and costs. Its product reads "event — date time" in the organisation's
 * time zone. Its price: the tariff asked for, which must be one of the session's event and fit
 * the seat's price category; else the event's default tariff; else free of charge (an
 * invitation) in the organisation's currency.
 */
@Component
class LineQuotes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SessionCatalog catalog;
    private final Organisations organisations;

    LineQuotes(SessionCatalog catalog, Organisations organisations) {
        this.catalog = catalog;
        this.organisations = organisations;
    }

    String product(Caller caller, Session session) {
        return session.eventName() + " — "
                + WHEN.format(session.startsAt().atZone(organisations.zoneOf(caller.organisationId())));
    }

    Price price(Caller caller, Session session, @Nullable String priceCategory, @Nullable UUID tariffId) {
        if (tariffId != null) {
            var tariff = catalog.tariff(caller.organisationId(), tariffId)
                    .orElseThrow(() -> NotFoundException.of("Tariff", tariffId));
            if (!tariff.eventId().equals(session.eventId())
                    || tariff.priceCategory() != null && !tariff.priceCategory().equals(priceCategory)) {
                throw new TariffNotApplicableException(tariffId);
            }
            return new Price(tariff.id(), tariff.name(), tariff.price());
        }
        return catalog.defaultTariff(caller.organisationId(), session.eventId(), priceCategory)
                .map(tariff -> new Price(tariff.id(), tariff.name(), tariff.price()))
                .orElseGet(() -> new Price(null, null, new Money(BigDecimal.ZERO, Currency.getInstance(
                        organisations.find(caller.organisationId()).orElseThrow().currency()))));
    }

    record Price(@Nullable UUID tariffId, @Nullable String tariffName, Money unitPrice) {
    }

    static final class TariffNotApplicableException extends BusinessRuleViolation {
        TariffNotApplicableException(UUID tariffId) {
            super("tariff-not-applicable", "Tariff " + tariffId + " is not one of this session's event and seat category");
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String field() {
            return "tariffId";
        }
    }
}
