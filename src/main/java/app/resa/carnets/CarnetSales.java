package app.resa.carnets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Caller;
import app.resa.shared.Money;

/** Carnet sales, their carnets and coupons. Every statement is scoped by organisation. */
@Repository
class CarnetSales {

    private final JdbcClient jdbc;

    CarnetSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the sale with the organisation's next number, from the counter row incremented in
     * this very statement (decision 63): the row stays locked until the commit, so concurrent
     * sales queue for it and a rollback gives the number back.
     */
    long insertNumbered(Caller caller, UUID id, LocalDate saleDate, UUID contactId, String beneficiaryType,
                        UUID modelId, UUID tariffId, int quantity, int validityDays, Money unitPrice, UUID dossierId,
                        CarnetSale.State state, Instant at) {
        return jdbc.sql("""
                with counter as (
                  insert into carnets.sale_counter (organisation_id, last_number) values (:org, 1)
                  on conflict (organisation_id) do update set last_number = carnets.sale_counter.last_number + 1
                  returning last_number)
                insert into carnets.carnet_sale (id, organisation_id, number, sale_date, contact_id, beneficiary_type,
                       model_id, tariff_id, quantity, validity_days, unit_price, currency, dossier_id, state, sold_at,
                       sold_by, sold_on)
                select :id, :org, last_number, :date, :contact, :type, :model, :tariff, :quantity, :days, :price,
                       :currency, :dossier, :state, :at, :by, :on
                  from counter
                returning number
                """)
                .param("id", id).param("org", caller.organisationId()).param("date", saleDate)
                .param("contact", contactId).param("type", beneficiaryType).param("model", modelId)
                .param("tariff", tariffId).param("quantity", quantity).param("days", validityDays)
                .param("price", unitPrice.amount()).param("currency", unitPrice.currency().getCurrencyCode())
                .param("dossier", dossierId).param("state", state.name()).param("at", Timestamp.from(at))
                .param("by", caller.userId()).param("on", caller.pointOfSaleId())
                .query(Long.class).single();
    }

    void insert(UUID organisationId, CarnetSale.Carnet carnet, int coupons) {
        jdbc.sql("""
                insert into carnets.carnet (id, organisation_id, sale_id, position, number, last_day, expires_at, charge_id)
                values (:id, :org, :sale, :position, :number, :lastDay, :expiresAt, :charge)
                """)
                .param("id", carnet.id()).param("org", organisationId).param("sale", carnet.saleId())
                .param("position", carnet.position()).param("number", carnet.number())
                .param("lastDay", carnet.lastDay()).param("expiresAt", Timestamp.from(carnet.expiresAt()))
                .param("charge", carnet.chargeId()).update();
        // One statement for all coupons of the carnet: generate_series numbers them 001, 002…
        jdbc.sql("""
                insert into carnets.coupon (id, organisation_id, carnet_id, position, number, state)
                select gen_random_uuid(), :org, :carnet, n, cast(:number as text) || '-' || lpad(n::text, 3, '0'), 'VALID'
                  from generate_series(1, :count) as n
                """)
                .param("org", organisationId).param("carnet", carnet.id()).param("number", carnet.number())
                .param("count", coupons).update();
    }

    void setCharge(UUID organisationId, UUID carnetId, UUID chargeId) {
        jdbc.sql("update carnets.carnet set charge_id = :charge where organisation_id = :org and id = :id")
                .param("charge", chargeId).param("org", organisationId).param("id", carnetId).update();
    }

    Optional<CarnetSale> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT_SALE + " where s.organisation_id = :org and s.id = :id")
                .param("org", organisationId).param("id", id).query(CarnetSales::sale).optional()
                .map(sale -> sale.withCarnets(carnets(organisationId, sale.id())));
    }

    /** The sale, its row locked until the commit: its state changes one at a time. */
    Optional<CarnetSale> lock(UUID organisationId, UUID id) {
        jdbc.sql("select id from carnets.carnet_sale where organisation_id = :org and id = :id for update")
                .param("org", organisationId).param("id", id).query(UUID.class).optional();
        return find(organisationId, id);
    }

    /** The latest sales, newest first. */
    List<CarnetSale> latest(UUID organisationId, int limit) {
        return jdbc.sql(SELECT_SALE + " where s.organisation_id = :org order by s.number desc limit :limit")
                .param("org", organisationId).param("limit", limit).query(CarnetSales::sale).list().stream()
                .map(sale -> sale.withCarnets(carnets(organisationId, sale.id()))).toList();
    }

    void changeState(UUID organisationId, UUID id, CarnetSale.State state, @Nullable Caller closedBy, Instant at) {
        jdbc.sql("""
                update carnets.carnet_sale set state = :state,
                       closed_at = case when :closing then cast(:at as timestamptz) else closed_at end,
                       closed_by = case when :closing then cast(:by as uuid) else closed_by end
                 where organisation_id = :org and id = :id
                """)
                .param("state", state.name()).param("closing", closedBy != null).param("at", Timestamp.from(at))
                .param("by", closedBy == null ? null : closedBy.userId())
                .param("org", organisationId).param("id", id).update();
    }

    /** A coupon as the scanner needs it: its state, its carnet's expiry, its sale's state, its model's events. */
    record CouponView(UUID id, String number, CarnetSale.CouponState state, Instant expiresAt, CarnetSale.State saleState,
                      List<UUID> eventIds) {
    }

    Optional<CouponView> coupon(UUID organisationId, String number) {
        return jdbc.sql("""
                select c.id, c.number, c.state, k.expires_at, s.state as sale_state,
                       array_to_string(m.event_ids, ',') as event_ids
                  from carnets.coupon c
                  join carnets.carnet k on k.organisation_id = c.organisation_id and k.id = c.carnet_id
                  join carnets.carnet_sale s on s.organisation_id = k.organisation_id and s.id = k.sale_id
                  join carnets.carnet_model m on m.organisation_id = s.organisation_id and m.id = s.model_id
                 where c.organisation_id = :org and c.number = :number
                """)
                .param("org", organisationId).param("number", number)
                .query((rs, row) -> {
                    String events = rs.getString("event_ids");
                    return new CouponView(rs.getObject("id", UUID.class), rs.getString("number"),
                            CarnetSale.CouponState.valueOf(rs.getString("state")),
                            rs.getTimestamp("expires_at").toInstant(), CarnetSale.State.valueOf(rs.getString("sale_state")),
                            events == null || events.isEmpty() ? List.of()
                                    : Arrays.stream(events.split(",")).map(UUID::fromString).toList());
                }).optional();
    }

    /**
     * Uses the coupon if it is still valid and its carnet not expired, in one conditional
     * statement (decision 65): of two concurrent scans, the second waits for the first's row
     * lock, re-reads the row, finds it used and changes nothing.
     */
    boolean use(Caller caller, UUID couponId, @Nullable UUID eventId, @Nullable UUID sessionId, Instant now) {
        return jdbc.sql("""
                update carnets.coupon c
                   set state = 'USED', used_at = :now, used_by = :by, used_on = :on, event_id = :event, session_id = :session
                  from carnets.carnet k
                 where c.organisation_id = :org and c.id = :id and c.state = 'VALID'
                   and k.organisation_id = c.organisation_id and k.id = c.carnet_id and k.expires_at > :now
                """)
                .param("now", Timestamp.from(now)).param("by", caller.userId()).param("on", caller.pointOfSaleId())
                .param("event", eventId).param("session", sessionId)
                .param("org", caller.organisationId()).param("id", couponId).update() == 1;
    }

    /** The carnet of this number with its sale, its row locked until the commit. */
    Optional<CarnetSale.Carnet> lockCarnet(UUID organisationId, String number) {
        var id = jdbc.sql("select id from carnets.carnet where organisation_id = :org and number = :number for update")
                .param("org", organisationId).param("number", number).query(UUID.class).optional();
        return id.flatMap(carnetId -> carnet(organisationId, carnetId));
    }

    void extend(UUID organisationId, UUID carnetId, LocalDate lastDay, Instant expiresAt) {
        jdbc.sql("""
                update carnets.carnet set last_day = :lastDay, expires_at = :expiresAt
                 where organisation_id = :org and id = :id
                """)
                .param("lastDay", lastDay).param("expiresAt", Timestamp.from(expiresAt))
                .param("org", organisationId).param("id", carnetId).update();
    }

    /** Cancels the carnet's coupons still valid; how many it cancelled. */
    int cancelUnused(UUID organisationId, UUID carnetId) {
        return jdbc.sql("""
                update carnets.coupon set state = 'CANCELLED'
                 where organisation_id = :org and carnet_id = :carnet and state = 'VALID'
                """)
                .param("org", organisationId).param("carnet", carnetId).update();
    }

    void record(Caller caller, UUID carnetId, String action, String detail, Instant at) {
        jdbc.sql("""
                insert into carnets.carnet_history (id, organisation_id, carnet_id, action, detail, at, by_user, on_point)
                values (:id, :org, :carnet, :action, :detail, :at, :by, :on)
                """)
                .param("id", UUID.randomUUID()).param("org", caller.organisationId()).param("carnet", carnetId)
                .param("action", action).param("detail", detail).param("at", Timestamp.from(at))
                .param("by", caller.userId()).param("on", caller.pointOfSaleId()).update();
    }

    /** What was done to a carnet after its sale, oldest first: action and detail. */
    List<String> history(UUID organisationId, UUID carnetId) {
        return jdbc.sql("""
                select action || ': ' || detail from carnets.carnet_history
                 where organisation_id = :org and carnet_id = :carnet order by at, id
                """)
                .param("org", organisationId).param("carnet", carnetId).query(String.class).list();
    }

    /** The carnet of this number with its coupons, as it stands (no lock: for reading). */
    Optional<CarnetSale.Carnet> carnet(UUID organisationId, String number) {
        var id = jdbc.sql("select id from carnets.carnet where organisation_id = :org and number = :number")
                .param("org", organisationId).param("number", number).query(UUID.class).optional();
        return id.flatMap(carnetId -> carnet(organisationId, carnetId));
    }

    private Optional<CarnetSale.Carnet> carnet(UUID organisationId, UUID carnetId) {
        return jdbc.sql("select * from carnets.carnet where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", carnetId).query((rs, row) -> carnet(rs)).optional()
                .map(carnet -> withCoupons(organisationId, carnet));
    }

    private List<CarnetSale.Carnet> carnets(UUID organisationId, UUID saleId) {
        return jdbc.sql("select * from carnets.carnet where organisation_id = :org and sale_id = :sale order by position")
                .param("org", organisationId).param("sale", saleId).query((rs, row) -> carnet(rs)).list().stream()
                .map(carnet -> withCoupons(organisationId, carnet)).toList();
    }

    private CarnetSale.Carnet withCoupons(UUID organisationId, CarnetSale.Carnet carnet) {
        var coupons = jdbc.sql("""
                select * from carnets.coupon where organisation_id = :org and carnet_id = :carnet order by position
                """)
                .param("org", organisationId).param("carnet", carnet.id())
                .query((rs, row) -> new CarnetSale.Coupon(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("number"), CarnetSale.CouponState.valueOf(rs.getString("state")),
                        instant(rs, "used_at"), rs.getObject("event_id", UUID.class),
                        rs.getObject("session_id", UUID.class)))
                .list();
        return new CarnetSale.Carnet(carnet.id(), carnet.saleId(), carnet.position(), carnet.number(), carnet.lastDay(),
                carnet.expiresAt(), carnet.chargeId(), coupons);
    }

    private static CarnetSale.Carnet carnet(ResultSet rs) throws SQLException {
        return new CarnetSale.Carnet(rs.getObject("id", UUID.class), rs.getObject("sale_id", UUID.class),
                rs.getInt("position"), rs.getString("number"), rs.getObject("last_day", LocalDate.class),
                rs.getTimestamp("expires_at").toInstant(), rs.getObject("charge_id", UUID.class), List.of());
    }

    private static final String SELECT_SALE = """
            select s.*, m.name as model_name, m.coupons_per_carnet
              from carnets.carnet_sale s
              join carnets.carnet_model m on m.organisation_id = s.organisation_id and m.id = s.model_id""";

    private static CarnetSale sale(ResultSet rs, int row) throws SQLException {
        return new CarnetSale(rs.getObject("id", UUID.class), rs.getLong("number"),
                rs.getObject("sale_date", LocalDate.class), rs.getObject("contact_id", UUID.class),
                rs.getString("beneficiary_type"), rs.getObject("model_id", UUID.class), rs.getString("model_name"),
                rs.getInt("coupons_per_carnet"), rs.getObject("tariff_id", UUID.class), rs.getInt("quantity"),
                rs.getInt("validity_days"), new Money(rs.getBigDecimal("unit_price").stripTrailingZeros(),
                        Currency.getInstance(rs.getString("currency"))),
                rs.getObject("dossier_id", UUID.class), CarnetSale.State.valueOf(rs.getString("state")),
                rs.getTimestamp("sold_at").toInstant(), instant(rs, "closed_at"), List.of());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
