package app.resa.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's last 20 dossiers, for the dossier detail's navigation ("by default the last
 * dossier handled is shown; you can move among the last 20").
 */
@Repository
public class RecentDossiers {

    static final int KEPT = 20;

    private final JdbcClient jdbc;

    RecentDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void visited(UUID organisationId, UUID userId, UUID dossierId, Instant at) {
        jdbc.sql("""
                insert into booking.recent_dossier (organisation_id, user_id, dossier_id, visited_at)
                values (:org, :user, :dossier, :at)
                on conflict (user_id, dossier_id) do update set visited_at = excluded.visited_at
                """)
                .param("org", organisationId).param("user", userId).param("dossier", dossierId)
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                delete from booking.recent_dossier where user_id = :user and dossier_id not in (
                    select dossier_id from booking.recent_dossier where user_id = :user
                     order by visited_at desc limit :kept)
                """)
                .param("user", userId).param("kept", KEPT).update();
    }

    /** Newest first: number and id of each. */
    public List<Recent> of(UUID organisationId, UUID userId) {
        return jdbc.sql("""
                select d.id, d.number, d.status from booking.recent_dossier r
                  join booking.dossier d on d.id = r.dossier_id and d.organisation_id = r.organisation_id
                 where r.organisation_id = :org and r.user_id = :user
                 order by r.visited_at desc limit :kept
                """)
                .param("org", organisationId).param("user", userId).param("kept", KEPT)
                .query((rs, row) -> new Recent(rs.getObject("id", UUID.class), rs.getLong("number"),
                        DossierStatus.valueOf(rs.getString("status"))))
                .list();
    }

    public record Recent(UUID id, long number, DossierStatus status) {
    }
}
