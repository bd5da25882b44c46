package io.diplomaticvisits.extract.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the seed articles kept at {@code seeds/} in the project root. */
final class Seeds {

    private Seeds() {
    }

    static String read(String prefix) {
        try (var files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No seed " + prefix));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
