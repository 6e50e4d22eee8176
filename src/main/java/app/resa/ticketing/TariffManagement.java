package app.resa.ticketing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.Money;

/** The tariffs of events: a price per audience and price category. */
@Service
public class TariffManagement {

    private static final String SELECT = """
            select id, event_id, name, audience, price_category, price_amount, price_currency
              from ticketing.tariff
            """;

    private final JdbcClient jdbc;
    private final EventManagement events;
    private final Clock clock;

    TariffManagement(JdbcClient jdbc, EventManagement events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Tariff create(Caller caller, NewTariff command) {
        var event = events.get(caller.organisationId(), command.eventId());
        Currency currency;
        try {
            currency = Currency.getInstance(command.price().currency());
        } catch (IllegalArgumentException e) {
            throw TicketingRuleException.invalidPrice("price.currency", "Unknown currency " + command.price().currency());
        }
        Money price;
        try {
            price = new Money(command.price().amount(), currency);
        } catch (IllegalArgumentException e) {
            throw TicketingRuleException.invalidPrice("price.amount", e.getMessage());
        }
        String category = command.priceCategory() == null || command.priceCategory().isBlank()
                ? null : command.priceCategory().strip();
        var tariff = new Tariff(UUID.randomUUID(), event.id(), command.name().strip(), command.audience(), category, price);
        jdbc.sql("""
                insert into ticketing.tariff (id, organisation_id, event_id, name, audience, price_category,
                                              price_amount, price_currency, created_at, created_by)
                values (:id, :org, :event, :name, :audience, :category, :amount, :currency, :now, :by)
                """)
                .param("id", tariff.id()).param("org", caller.organisationId()).param("event", event.id())
                .param("name", tariff.name()).param("audience", tariff.audience()).param("category", category)
                .param("amount", price.amount()).param("currency", currency.getCurrencyCode())
                .param("now", Timestamp.from(clock.instant())).param("by", caller.userId())
                .update();
        return tariff;
    }

    public Optional<Tariff> find(UUID organisationId, UUID tariffId) {
        return jdbc.sql(SELECT + " where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", tariffId).query(this::tariff).optional();
    }

    /** The event's tariffs; the event must be the caller's. */
    public List<Tariff> ofEvent(UUID organisationId, UUID eventId) {
        events.get(organisationId, eventId);
        return jdbc.sql(SELECT + " where organisation_id = :org and event_id = :event order by name, id")
                .param("org", organisationId).param("event", eventId).query(this::tariff).list();
    }

    /** Audience {@code full}: for the price category first, else the tariff valid for any category. */
    public Optional<Tariff> defaultTariff(UUID organisationId, UUID eventId, @Nullable String priceCategory) {
        return jdbc.sql(SELECT + """
                 where organisation_id = :org and event_id = :event and audience = 'full'
                   and (price_category is null or price_category = :category)
                 order by price_category is null, created_at, id limit 1
                """)
                .param("org", organisationId).param("event", eventId).param("category", priceCategory)
                .query(this::tariff).optional();
    }

    private Tariff tariff(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Currency currency = Currency.getInstance(rs.getString("price_currency").strip());
        BigDecimal amount = rs.getBigDecimal("price_amount");
        return new Tariff(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("name"),
                rs.getString("audience"), rs.getString("price_category"), new Money(amount, currency));
    }
}
