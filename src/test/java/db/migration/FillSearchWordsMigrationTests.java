package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Records stored before the word tables existed are found by text search after the upgrade. */
class FillSearchWordsMigrationTests {

    private static final String URL = "jdbc:h2:mem:fill-search-words;DB_CLOSE_DELAY=-1";

    @Test
    void wordsOfRecordsStoredBeforeVersionFourAreFilledIn() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO participant (id, name, search_text, confidence)"
                    + " VALUES ('p1', 'Phạm Minh Chính', 'pham minh chinh | pham minh chinh (pm)', 0.9)");
            s.executeUpdate("INSERT INTO visit (id, type, category, status, country_set, search_text, confidence)"
                    + " VALUES ('v1', 'TALKS', 'ENGAGEMENT', 'HELD', 'CN,VN', 'ha noi | china', 0.9)");

            Flyway.configure().dataSource(URL, "sa", "").load().migrate();

            assertThat(words(s, "SELECT word FROM participant_word WHERE participant_id = 'p1' ORDER BY word"))
                    .containsExactly("chinh", "minh", "pham", "pm");
            assertThat(words(s, "SELECT word FROM visit_word WHERE visit_id = 'v1' ORDER BY word"))
                    .containsExactly("china", "ha", "noi");
        }
    }

    private static List<String> words(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
