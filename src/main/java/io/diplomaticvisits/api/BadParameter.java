package io.diplomaticvisits.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A 400 problem naming the one parameter at fault, in the shape the validation mapper gives constraint failures. */
final class BadParameter {

    private BadParameter() {
    }

    static HttpProblem inQuery(String name, String message) {
        return of(name, "query", message);
    }

    static HttpProblem inPath(String name, String message) {
        return of(name, "path", message);
    }

    static HttpProblem of(String name, String in, String message) {
        Map<String, String> violation = new LinkedHashMap<>();
        violation.put("field", name);
        violation.put("in", in);
        violation.put("message", message);
        return HttpProblem.builder()
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail("Parameter '" + name + "' " + message)
                .with("violations", List.of(violation))
                .build();
    }
}
