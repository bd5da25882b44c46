package io.diplomaticvisits;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the integration tests run against: 127.0.0.1:5432, database {@code test}, user
 * {@code postgres} without a password (trust authentication), as {@code .ci/run} starts it. As a JUnit condition it
 * skips a test class, before Quarkus starts, when that server does not answer.
 */
public class PostgresServer implements ExecutionCondition {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private static final int CONNECT_TIMEOUT_SECONDS = 3;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection connection = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + URL + " as " + USER + ": "
                    + e.getMessage());
        }
    }

    public static boolean reachable() {
        try (Connection connection = connect()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        return DriverManager.getConnection(URL + "?connectTimeout=" + CONNECT_TIMEOUT_SECONDS, USER, "");
    }

    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on PostgreSQL: " + sql, e);
        }
    }
}
