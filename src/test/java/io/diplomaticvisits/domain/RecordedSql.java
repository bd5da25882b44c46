package io.diplomaticvisits.domain;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** The SQL that Hibernate sends to the H2 store while recording is on; tests read it to explain its plans. */
@PersistenceUnitExtension("h2")
@ApplicationScoped
public class RecordedSql implements StatementInspector {

    private final List<String> statements = new ArrayList<>();
    private boolean recording;

    @Override
    public synchronized String inspect(String sql) {
        if (recording) {
            statements.add(sql);
        }
        return sql;
    }

    public synchronized void start() {
        statements.clear();
        recording = true;
    }

    /** Stops recording; returns what was recorded since the last start. */
    public synchronized List<String> stop() {
        recording = false;
        return new ArrayList<>(statements);
    }
}
