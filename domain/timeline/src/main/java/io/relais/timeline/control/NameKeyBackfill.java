package io.relais.timeline.control;

import io.relais.shared.schema.SchemaChange;
import io.relais.timeline.entity.SearchKeys;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Timeline migration 3: folds accents out of the search keys that migration 2 could only
 * lower-case in SQL (portable SQL has no accent folding), so that "lea" finds "Léa" in
 * databases created before search existed.
 */
public class NameKeyBackfill extends SchemaChange {

    public NameKeyBackfill() {
        super("3", "fold accents in customer name keys");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("select id, display_name, name_key from tl_customer");
             PreparedStatement update = connection.prepareStatement("update tl_customer set name_key = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                String folded = SearchKeys.of(rows.getString("display_name"));
                if (!folded.equals(rows.getString("name_key"))) {
                    update.setString(1, folded);
                    update.setObject(2, rows.getObject("id", UUID.class));
                    update.addBatch();
                    if (++pending % 500 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
