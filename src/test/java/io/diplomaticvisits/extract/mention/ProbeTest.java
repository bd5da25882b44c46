package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.text.MatchText;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ProbeTest {
    @Test
    void probe() throws Exception {
        PersonFinder finder = PersonFinder.load();
        for (String line : Files.readAllLines(Path.of("/tmp/probe.txt"))) {
            if (line.isBlank()) continue;
            String[] parts = line.split(" ## ");
            String text = parts[0];
            String[] cs = parts.length > 1 ? parts[1].split(",") : new String[0];
            List<CountryMention> countries = HandCountries.in(text, cs);
            System.out.println("> " + text);
            for (PersonMention p : finder.find(MatchText.of(text), countries)) {
                System.out.println("   " + p.name() + " " + p.aliases() + " " + p.country() + " " + p.titles() + " " + p.rank()
                        + " [" + text.substring(p.start(), p.end()) + "]");
            }
        }
    }
}
