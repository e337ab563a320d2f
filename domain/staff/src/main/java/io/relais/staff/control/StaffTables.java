package io.relais.staff.control;

import io.relais.shared.schema.SchemaChange;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Staff migration 1: the staff module's tables. Until this module existed, routing kept staff
 * accounts and tokens in {@code rt_staff}, {@code rt_staff_role} and {@code rt_api_token}: where
 * they are, they are renamed with their data (this module starts before routing, whose own next
 * migration then lets go of them); on a new database they are created. In Java because SQL alone
 * cannot ask whether a table exists on both H2 and PostgreSQL.
 */
public class StaffTables extends SchemaChange {

    private static final List<String> TAKE_OVER = List.of(
            "alter table rt_staff rename to st_staff",
            "alter table st_staff rename constraint rt_staff_username_unique to st_staff_username_unique",
            "alter table rt_staff_role rename to st_staff_role",
            "alter table rt_api_token rename to st_api_token",
            "alter table st_api_token rename constraint rt_api_token_hash_unique to st_api_token_hash_unique",
            "alter index rt_api_token_staff rename to st_api_token_staff");

    private static final List<String> CREATE = List.of("""
            create table st_staff (
                id            uuid         not null primary key,
                username      varchar(64)  not null,
                display_name  varchar(200) not null,
                email         varchar(320),
                password_hash varchar(300) not null,
                active        boolean      not null,
                created_at    timestamp(6) with time zone not null,
                constraint st_staff_username_unique unique (username)
            )""", """
            create table st_staff_role (
                staff_id uuid        not null references st_staff (id),
                role     varchar(32) not null,
                primary key (staff_id, role)
            )""", """
            create table st_api_token (
                id           uuid         not null primary key,
                staff_id     uuid         not null references st_staff (id),
                label        varchar(200) not null,
                token_hash   varchar(64)  not null,
                created_at   timestamp(6) with time zone not null,
                created_by   varchar(64)  not null,
                revoked_at   timestamp(6) with time zone,
                last_used_at timestamp(6) with time zone,
                constraint st_api_token_hash_unique unique (token_hash)
            )""",
            "create index st_api_token_staff on st_api_token (staff_id)");

    public StaffTables() {
        super("1", "staff accounts and api tokens, taken over from routing");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : storedName(connection, "rt_staff") != null ? TAKE_OVER : CREATE) {
                statement.execute(sql);
            }
        }
    }
}
