package io.diplomaticvisits.bench.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The expected records of one article, in the shape of ../shared/gold/seeds.gold.json. */
final class Gold {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ArrayNode visits = JSON.arrayNode();
    private final Map<String, ObjectNode> participants = new LinkedHashMap<>();
    private final ArrayNode partnerships = JSON.arrayNode();
    private final ArrayNode agreements = JSON.arrayNode();

    /** One role in a visit: the person and GUEST, HOST or PARTICIPANT. */
    record Role(Person person, String role) {
    }

    void visit(String type, boolean planned, String guest, String host, List<String> countries, String city,
               String placeCountry, ObjectNode start, ObjectNode end, List<Role> roles, String evidence) {
        ObjectNode v = visits.addObject();
        v.put("type", type);
        v.put("status", planned ? "PLANNED" : "HELD");
        v.put("guestCountry", guest);
        v.put("hostCountry", host);
        ArrayNode codes = v.putArray("countries");
        new TreeSet<>(countries).forEach(codes::add);
        if (placeCountry == null) {
            v.putNull("location");
        } else {
            v.putObject("location").put("city", city).put("countryCode", placeCountry);
        }
        v.set("start", start);
        v.set("end", end);
        ArrayNode people = v.putArray("participants");
        for (Role r : roles) {
            people.addObject().put("name", r.person().name()).put("country", r.person().country().code())
                    .put("role", r.role());
            participant(r.person());
        }
        v.put("evidence", evidence);
    }

    private void participant(Person p) {
        participants.computeIfAbsent(p.name(), name -> {
            ObjectNode node = JSON.objectNode();
            node.put("name", name);
            node.putArray("aliases");
            node.put("country", p.country().code());
            node.putArray("titles").add(p.goldTitle());
            return node;
        });
    }

    void partnership(String country, String level, String label, ObjectNode since) {
        ObjectNode p = partnerships.addObject();
        p.putArray("countries").add("VN").add(country);
        p.put("level", level);
        p.put("label", label);
        p.set("since", since);
    }

    void agreement(String type, String title, String country, ObjectNode date, Money value, String evidence) {
        ObjectNode a = agreements.addObject();
        a.put("type", type);
        a.put("title", title);
        ArrayNode parties = a.putArray("parties");
        new TreeSet<>(List.of("VN", country)).forEach(parties::add);
        a.set("date", date);
        if (value == null) {
            a.putNull("value");
        } else {
            a.putObject("value").put("amount", value.amount()).put("currency", value.currency())
                    .put("qualifier", value.qualifier());
        }
        a.put("evidence", evidence);
    }

    ObjectNode document(String name, String language) {
        ObjectNode d = JSON.objectNode();
        d.put("document", name);
        d.put("language", language);
        d.set("visits", visits);
        ArrayNode people = d.putArray("participants");
        participants.values().forEach(people::add);
        d.set("partnerships", partnerships);
        d.set("agreements", agreements);
        return d;
    }

    static ObjectNode date(Integer year, Integer month, Integer day) {
        ObjectNode d = JSON.objectNode();
        putOrNull(d, "year", year);
        putOrNull(d, "month", month);
        putOrNull(d, "day", day);
        return d;
    }

    static ObjectNode start(EventDate d) {
        return date(d.yearKnown() ? d.year() : null, d.month(), d.startDay());
    }

    static ObjectNode end(EventDate d) {
        return date(d.yearKnown() ? d.year() : null, d.month(), d.endDay());
    }

    static ObjectNode monthOf(EventDate d) {
        return date(d.yearKnown() ? d.year() : null, d.month(), null);
    }

    private static void putOrNull(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
