package app.resa.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/** Venues and their seating plans. */
@Service
public class VenueManagement {

    private final JdbcClient jdbc;
    private final Clock clock;

    VenueManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Venue create(Caller caller, String name) {
        var venue = new Venue(UUID.randomUUID(), name.strip());
        jdbc.sql("""
                insert into ticketing.venue (id, organisation_id, name, created_at, created_by)
                values (:id, :org, :name, :now, :by)
                """)
                .param("id", venue.id()).param("org", caller.organisationId()).param("name", venue.name())
                .param("now", Timestamp.from(clock.instant())).param("by", caller.userId())
                .update();
        return venue;
    }

    public List<Venue> all(UUID organisationId) {
        return jdbc.sql("select id, name from ticketing.venue where organisation_id = :org order by name, id")
                .param("org", organisationId).query(Venue.class).list();
    }

    public Optional<Venue> find(UUID organisationId, UUID id) {
        return jdbc.sql("select id, name from ticketing.venue where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(Venue.class).optional();
    }

    /** The plans of the organisation's venues, without their seats: for pick lists. */
    public List<PlanSummary> plans(UUID organisationId) {
        return jdbc.sql("""
                select p.id, p.venue_id, v.name as venue_name, p.name,
                       (select count(*) from ticketing.plan_seat s join ticketing.plan_row r on r.id = s.row_id
                          join ticketing.plan_section c on c.id = r.section_id
                         where c.organisation_id = p.organisation_id and c.plan_id = p.id) as seats
                  from ticketing.seating_plan p
                  join ticketing.venue v on v.organisation_id = p.organisation_id and v.id = p.venue_id
                 where p.organisation_id = :org order by v.name, p.name, p.id
                """)
                .param("org", organisationId).query(PlanSummary.class).list();
    }

    /** A plan with all its seats; sections, rows and seats in the order they were given. */
    @Transactional
    public SeatingPlan createPlan(Caller caller, NewSeatingPlan command) {
        UUID org = caller.organisationId();
        find(org, command.venueId()).orElseThrow(() -> NotFoundException.of("Venue", command.venueId()));
        var layout = command.layout();
        UUID planId = UUID.randomUUID();
        jdbc.sql("""
                insert into ticketing.seating_plan (id, organisation_id, venue_id, name, created_at, created_by)
                values (:id, :org, :venue, :name, :now, :by)
                """)
                .param("id", planId).param("org", org).param("venue", command.venueId())
                .param("name", command.name().strip()).param("now", Timestamp.from(clock.instant()))
                .param("by", caller.userId())
                .update();
        var seatIds = new ArrayList<UUID>();
        var seatRows = new ArrayList<UUID>();
        var numbers = new ArrayList<Integer>();
        var categories = new ArrayList<String>();
        var blocked = new ArrayList<Boolean>();
        for (int s = 0; s < layout.size(); s++) {
            var section = layout.get(s);
            UUID sectionId = UUID.randomUUID();
            jdbc.sql("""
                    insert into ticketing.plan_section (id, organisation_id, plan_id, name, position)
                    values (:id, :org, :plan, :name, :position)
                    """)
                    .param("id", sectionId).param("org", org).param("plan", planId)
                    .param("name", section.name().strip()).param("position", s)
                    .update();
            for (int r = 0; r < section.rows().size(); r++) {
                var row = section.rows().get(r);
                UUID rowId = UUID.randomUUID();
                jdbc.sql("""
                        insert into ticketing.plan_row (id, organisation_id, section_id, name, position)
                        values (:id, :org, :section, :name, :position)
                        """)
                        .param("id", rowId).param("org", org).param("section", sectionId)
                        .param("name", row.name().strip()).param("position", r)
                        .update();
                for (var seat : row.seats()) {
                    seatIds.add(UUID.randomUUID());
                    seatRows.add(rowId);
                    numbers.add(seat.number());
                    categories.add(seat.priceCategory() == null || seat.priceCategory().isBlank()
                            ? null : seat.priceCategory().strip());
                    blocked.add(Boolean.TRUE.equals(seat.blocked()));
                }
            }
        }
        // One statement for all seats, as inventory does for units: a large plan in one round trip.
        jdbc.sql("""
                insert into ticketing.plan_seat (id, organisation_id, row_id, number, price_category, blocked)
                select s.id, :org, s.row_id, s.number, s.category, s.blocked
                  from unnest(:ids, :rows, :numbers, :categories, :blocked) as s(id, row_id, number, category, blocked)
                """)
                .param("org", org)
                .param("ids", seatIds.toArray(UUID[]::new))
                .param("rows", seatRows.toArray(UUID[]::new))
                .param("numbers", numbers.toArray(Integer[]::new))
                .param("categories", categories.toArray(String[]::new))
                .param("blocked", blocked.toArray(Boolean[]::new))
                .update();
        return plan(org, planId);
    }

    public SeatingPlan plan(UUID organisationId, UUID planId) {
        var header = jdbc.sql("select venue_id, name from ticketing.seating_plan where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", planId)
                .query((rs, n) -> new Object[] {rs.getObject("venue_id", UUID.class), rs.getString("name")})
                .optional().orElseThrow(() -> NotFoundException.of("Seating plan", planId));
        var sections = new LinkedHashMap<String, LinkedHashMap<String, List<SeatingPlan.Seat>>>();
        jdbc.sql("""
                select c.name as section, r.name as row_name, s.id, s.number, s.price_category, s.blocked
                  from ticketing.plan_section c
                  join ticketing.plan_row r on r.organisation_id = c.organisation_id and r.section_id = c.id
                  join ticketing.plan_seat s on s.organisation_id = r.organisation_id and s.row_id = r.id
                 where c.organisation_id = :org and c.plan_id = :plan
                 order by c.position, r.position, s.number
                """)
                .param("org", organisationId).param("plan", planId)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getString("section"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString("row_name"), k -> new ArrayList<>())
                            .add(new SeatingPlan.Seat(rs.getObject("id", UUID.class), rs.getInt("number"),
                                    rs.getString("price_category"), rs.getBoolean("blocked")));
                });
        var list = sections.entrySet().stream()
                .map(section -> new SeatingPlan.Section(section.getKey(), section.getValue().entrySet().stream()
                        .map(row -> new SeatingPlan.Row(row.getKey(), List.copyOf(row.getValue()))).toList()))
                .toList();
        return new SeatingPlan(planId, (UUID) header[0], (String) header[1], list);
    }

    /** A plan in a pick list: its venue and how many seats it has. */
    public record PlanSummary(UUID id, UUID venueId, String venueName, String name, long seats) {
    }
}
