package db.migration;

import io.diplomaticvisits.domain.SearchWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills participant_word and visit_word (V4) for the records stored before them, from their search_text, split
 * into words exactly as the application does when it stores a record. Flyway finds Java migrations in this package.
 */
public class V5__Fill_search_words extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fill(connection, "participant", "participant_word", "participant_id");
        fill(connection, "visit", "visit_word", "visit_id");
    }

    private static void fill(Connection connection, String table, String wordTable, String key) throws SQLException {
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, search_text FROM " + table);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + wordTable + " (" + key + ", word) VALUES (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String word : SearchWords.of(rows.getString(2))) {
                    insert.setString(1, rows.getString(1));
                    insert.setString(2, word);
                    insert.addBatch();
                    if (++pending % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
