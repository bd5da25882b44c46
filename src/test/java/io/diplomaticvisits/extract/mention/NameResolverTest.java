package io.diplomaticvisits.extract.mention;

import io.diplomaticvisits.extract.model.Rank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameResolverTest {

    private static PersonMention person(String name, String... aliases) {
        return new PersonMention(0, 0, 0, 0, name, List.of(aliases), null, List.of(), Rank.OTHER);
    }

    @Test
    void lastOrFirstWordsResolveToTheFullName() {
        NameResolver resolver = new NameResolver(List.of(person("Vladimir Putin"), person("Tập Cận Bình", "Xi Jinping"),
                person("Lương Cường", "Luong Cuong")));
        assertThat(resolver.resolve("Putin")).map(PersonMention::name).contains("Vladimir Putin");
        assertThat(resolver.resolve("Tập")).map(PersonMention::name).contains("Tập Cận Bình");
        assertThat(resolver.resolve("Xi")).map(PersonMention::name).contains("Tập Cận Bình");
        assertThat(resolver.resolve("Cuong")).map(PersonMention::name).contains("Lương Cường");
        assertThat(resolver.resolve("luong cuong")).map(PersonMention::name).contains("Lương Cường");
    }

    @Test
    void middleWordsOrUnknownNamesDoNotResolve() {
        NameResolver resolver = new NameResolver(List.of(person("Phạm Minh Chính")));
        assertThat(resolver.resolve("Minh")).isEmpty();
        assertThat(resolver.resolve("Biden")).isEmpty();
        assertThat(resolver.resolve("")).isEmpty();
    }

    @Test
    void wordSharedByTwoPersonsIsAmbiguous() {
        NameResolver resolver = new NameResolver(List.of(person("Hun Sen"), person("Hun Manet")));
        assertThat(resolver.resolve("Hun")).isEmpty();
        assertThat(resolver.resolve("Manet")).map(PersonMention::name).contains("Hun Manet");
    }
}
