package io.diplomaticvisits.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        append(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Adds a text search when {@code text} is given: {@code condition} takes the parameters {@code wordLowest} and
     * {@code wordBeyond} (the range of words beginning with the query's longest word) and {@code text} (a LIKE
     * pattern of the whole folded query). A query without a letter or digit matches nothing.
     */
    HqlQuery matching(String text, String condition) {
        if (text == null) {
            return this;
        }
        Optional<SearchWords.Prefix> prefix = SearchWords.lookup(text);
        if (prefix.isEmpty()) {
            append("1 = 0");
            return this;
        }
        append(condition);
        parameters.put("wordLowest", prefix.get().lowest());
        parameters.put("wordBeyond", prefix.get().beyond());
        parameters.put("text", SearchText.containsPattern(text));
        return this;
    }

    private void append(String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
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
