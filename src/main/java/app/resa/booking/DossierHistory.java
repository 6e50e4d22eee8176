package app.resa.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Caller;

/** The audit trail of dossiers: who, on which point of sale, when, what. One entry per operation. */
@Repository
public class DossierHistory {

    private final JdbcClient jdbc;

    DossierHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Caller caller, UUID dossierId, String action, String detail, Instant at) {
        jdbc.sql("""
                insert into booking.dossier_event (id, organisation_id, dossier_id, at, user_id, user_name,
                       point_of_sale_id, action, detail)
                values (:id, :org, :dossier, :at, :user, :userName, :pos, :action, :detail)
                """)
                .param("id", UUID.randomUUID()).param("org", caller.organisationId()).param("dossier", dossierId)
                .param("at", Timestamp.from(at)).param("user", caller.userId()).param("userName", caller.name())
                .param("pos", caller.pointOfSaleId()).param("action", action).param("detail", detail)
                .update();
    }

    public List<Entry> of(UUID organisationId, UUID dossierId) {
        return jdbc.sql("""
                select at, user_id, user_name, point_of_sale_id, action, detail from booking.dossier_event
                 where organisation_id = :org and dossier_id = :dossier order by at, id
                """)
                .param("org", organisationId).param("dossier", dossierId)
                .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getObject("user_id", UUID.class),
                        rs.getString("user_name"), rs.getObject("point_of_sale_id", UUID.class),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }

    /** One operation on a dossier. */
    public record Entry(Instant at, @Nullable UUID userId, String userName, @Nullable UUID pointOfSaleId,
                        String action, String detail) {
    }
}
