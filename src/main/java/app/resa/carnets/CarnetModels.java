package app.resa.carnets;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Money;

/** Carnet models and their tariffs, per organisation. */
@Repository
class CarnetModels {

    private final JdbcClient jdbc;

    CarnetModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CarnetModel model, @org.jspecify.annotations.Nullable UUID by) {
        jdbc.sql("""
                insert into carnets.carnet_model (id, organisation_id, name, coupons_per_carnet, validity_days, event_ids,
                       created_at, created_by)
                values (:id, :org, :name, :coupons, :days, cast(:events as uuid[]), :at, :by)
                """)
                .param("id", model.id()).param("org", model.organisationId()).param("name", model.name())
                .param("coupons", model.couponsPerCarnet()).param("days", model.validityDays())
                .param("events", "{" + model.eventIds().stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
                .param("at", Timestamp.from(model.createdAt())).param("by", by).update();
        for (CarnetModel.Tariff tariff : model.tariffs()) {
            jdbc.sql("""
                    insert into carnets.carnet_tariff (id, organisation_id, model_id, beneficiary_type, name, price, currency)
                    values (:id, :org, :model, :type, :name, :price, :currency)
                    """)
                    .param("id", tariff.id()).param("org", model.organisationId()).param("model", model.id())
                    .param("type", tariff.beneficiaryType()).param("name", tariff.name())
                    .param("price", tariff.price().amount()).param("currency", tariff.price().currency().getCurrencyCode())
                    .update();
        }
    }

    List<CarnetModel> all(UUID organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = :org order by name, id")
                .param("org", organisationId).query(this::model).list().stream()
                .map(model -> withTariffs(organisationId, model)).toList();
    }

    Optional<CarnetModel> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + " where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(this::model).optional()
                .map(model -> withTariffs(organisationId, model));
    }

    private static final String SELECT = """
            select id, organisation_id, name, coupons_per_carnet, validity_days,
                   array_to_string(event_ids, ',') as event_ids, created_at
              from carnets.carnet_model""";

    private CarnetModel model(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String events = rs.getString("event_ids");
        return new CarnetModel(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), rs.getInt("coupons_per_carnet"), rs.getInt("validity_days"),
                events == null || events.isEmpty() ? List.of()
                        : Arrays.stream(events.split(",")).map(UUID::fromString).toList(),
                List.of(), rs.getTimestamp("created_at").toInstant());
    }

    private CarnetModel withTariffs(UUID organisationId, CarnetModel model) {
        var tariffs = jdbc.sql("""
                select id, beneficiary_type, name, price, currency from carnets.carnet_tariff
                 where organisation_id = :org and model_id = :model order by beneficiary_type, price, id
                """)
                .param("org", organisationId).param("model", model.id())
                .query((rs, row) -> new CarnetModel.Tariff(rs.getObject("id", UUID.class),
                        rs.getString("beneficiary_type"), rs.getString("name"),
                        new Money(rs.getBigDecimal("price").stripTrailingZeros(),
                                Currency.getInstance(rs.getString("currency")))))
                .list();
        return new CarnetModel(model.id(), model.organisationId(), model.name(), model.couponsPerCarnet(),
                model.validityDays(), model.eventIds(), tariffs, model.createdAt());
    }
}
