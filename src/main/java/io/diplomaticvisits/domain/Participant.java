package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.Rank;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who took part in stored events, one row whatever the documents call them. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(length = 16)
    private String id;

    @Column(nullable = false, length = 512)
    private String name;

    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "best_rank", length = 32)
    private Rank bestRank;

    @Column(name = "search_text", nullable = false, length = 8000)
    private String searchText;

    @Column(nullable = false)
    private double confidence;

    /** The folded name and aliases: how the person is recognised in another document. */
    @ElementCollection
    @CollectionTable(name = "participant_word", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "word", length = SearchWords.MAX_LENGTH)
    private Set<String> words = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participant_key", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "folded", length = 512)
    private Set<String> keys = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participant_alias", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", length = 512)
    private List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "participant_title", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    @Column(name = "title", length = 512)
    private List<String> titles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "participant_source", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    private List<RecordSource> sources = new ArrayList<>();

    protected Participant() {
    }

    public Participant(String id, String name, String country) {
        this.id = id;
        this.name = name;
        this.country = country;
        this.searchText = "";
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Rank getBestRank() {
        return bestRank;
    }

    public void setBestRank(Rank bestRank) {
        this.bestRank = bestRank;
    }

    public String getSearchText() {
        return searchText;
    }

    /** Sets the folded text that search compares, and the words it is looked up under. */
    public void setSearchText(String searchText) {
        this.searchText = searchText;
        Set<String> current = SearchWords.of(searchText);
        words.retainAll(current);
        words.addAll(current);
    }

    public double getConfidence() {
        return confidence;
    }

    public void raiseConfidence(double confidence) {
        this.confidence = Math.max(this.confidence, confidence);
    }

    public Set<String> getKeys() {
        return keys;
    }

    public List<String> getAliases() {
        return aliases;
    }

    /** Adds a form of the name unless it is the name or an alias already; true when added. */
    public boolean addAlias(String alias) {
        if (alias == null || alias.isBlank() || alias.equals(name) || aliases.contains(alias)) {
            return false;
        }
        return aliases.add(alias);
    }

    public List<String> getTitles() {
        return titles;
    }

    public boolean addTitle(String title) {
        if (title == null || title.isBlank() || titles.contains(title)) {
            return false;
        }
        return titles.add(title);
    }

    public List<RecordSource> getSources() {
        return sources;
    }

    public boolean addSources(Collection<RecordSource> added) {
        return RecordSources.addAll(sources, added);
    }

    /** Forgets what the document said; true when it said something. */
    public boolean removeSourcesOf(String documentId) {
        return RecordSources.removeDocument(sources, documentId);
    }
}
