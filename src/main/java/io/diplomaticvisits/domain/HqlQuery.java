package io.diplomaticvisits.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** A where-clause assembled from optional conditions, with its parameters, run as a page and as a count. */
final class HqlQuery {

    private final String from;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    HqlQuery(String from) {
        this.from = from;
    }

    /** Adds {@code condition} when {@code value} is given (not null, not an empty collection). */
    HqlQuery and(String condition, String parameter, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
        parameters.put(parameter, value);
        return this;
    }

    <T> Slice<T> page(Session session, String select, String orderBy, Class<T> type, int page, int size) {
        SelectionQuery<T> items =
                session.createSelectionQuery(select + " " + from + where + " order by " + orderBy, type);
        SelectionQuery<Long> count = session.createSelectionQuery("select count(*) " + from + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        long total = count.getSingleResult();
        long first = (long) page * size;
        if (first >= total) {
            return new Slice<>(List.of(), total);
        }
        return new Slice<>(items.setFirstResult((int) first).setMaxResults(size).getResultList(), total);
    }
}
