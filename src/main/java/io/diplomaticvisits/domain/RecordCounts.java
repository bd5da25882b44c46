package io.diplomaticvisits.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Session;

/** Counts of stored records grouped by a key, shared by the repositories. */
final class RecordCounts {

    private RecordCounts() {
    }

    /** How many records of {@code entity} each of these documents gave, by document id. */
    static Map<String, Long> perDocument(Session session, String entity, Collection<String> documentIds) {
        return perKey(session, "select s.documentId, count(distinct r.id) from " + entity + " r join r.sources s"
                + " where s.documentId in :ids group by s.documentId", documentIds);
    }

    /** The rows {@code (key, count)} of a query restricted to {@code :ids}; nothing asked when there is no id. */
    static Map<String, Long> perKey(Session session, String hql, Collection<String> ids) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        session.createSelectionQuery(hql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> out.put((String) row[0], (Long) row[1]));
        return out;
    }
}
