package app.resa.contacts;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact types of each organisation. */
@Repository
public class ContactTypes {

    private final JdbcClient jdbc;

    ContactTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactType> all(UUID organisationId) {
        return jdbc.sql("select * from contacts.contact_type where organisation_id = :org order by name")
                .param("org", organisationId).query(ContactType.class).list();
    }

    public Optional<ContactType> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from contacts.contact_type where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(ContactType.class).optional();
    }

    public Optional<ContactType> findByCode(UUID organisationId, String code) {
        return jdbc.sql("select * from contacts.contact_type where organisation_id = :org and code = :code")
                .param("org", organisationId).param("code", code).query(ContactType.class).optional();
    }

    void insert(ContactType type) {
        jdbc.sql("""
                insert into contacts.contact_type (id, organisation_id, code, name, version, created_at)
                values (:id, :org, :code, :name, 0, :createdAt)
                """)
                .param("id", type.id()).param("org", type.organisationId()).param("code", type.code())
                .param("name", type.name()).param("createdAt", Timestamp.from(type.createdAt()))
                .update();
    }

    /** Renames a type if it is still at the version the caller read. */
    boolean rename(UUID organisationId, UUID id, long expectedVersion, String name) {
        return jdbc.sql("""
                update contacts.contact_type set name = :name, version = version + 1
                 where organisation_id = :org and id = :id and version = :version
                """)
                .param("name", name).param("org", organisationId).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    void delete(UUID organisationId, UUID id) {
        jdbc.sql("delete from contacts.contact_type where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).update();
    }

    boolean inUse(UUID organisationId, UUID id) {
        return jdbc.sql("select exists (select 1 from contacts.contact where organisation_id = :org and contact_type_id = :id)")
                .param("org", organisationId).param("id", id).query(Boolean.class).single();
    }
}
