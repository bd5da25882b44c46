package io.diplomaticvisits;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** RestAssured filters that hold every exchange with {@code /api/v1} to the root {@code openapi.yaml}. */
public final class Contract {

    /** The contract file at the repository root (Maven runs tests from there). */
    public static final Path FILE = Path.of("openapi.yaml");

    private static final String SPEC = read(FILE);

    /** Request and response must both fit the contract. */
    public static final OpenApiValidationFilter EXCHANGE = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build());

    /** Only the response must fit: for tests that send a request the contract forbids on purpose. */
    public static final OpenApiValidationFilter RESPONSE = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
