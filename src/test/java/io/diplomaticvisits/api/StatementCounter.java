package io.diplomaticvisits.api;

import org.hibernate.Session;
import org.hibernate.stat.Statistics;

/** Counts the JDBC statements Hibernate prepares while a piece of test code runs (its statistics, switched on). */
final class StatementCounter {

    private final Statistics statistics;

    StatementCounter(Session session) {
        statistics = session.getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    long countWhile(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}
