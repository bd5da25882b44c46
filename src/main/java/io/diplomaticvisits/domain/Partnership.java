package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.PartnershipLevel;
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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Vietnam's relationship with one country at one level; the rows of a country are its history. */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    @Column(length = 16)
    private String id;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 48)
    private PartnershipLevel level;

    @Column(length = 512)
    private String label;

    @Column(name = "since_year")
    private Integer sinceYear;

    @Column(name = "since_month")
    private Integer sinceMonth;

    @Column(name = "since_day")
    private Integer sinceDay;

    @Column(nullable = false)
    private double confidence;

    @ElementCollection
    @CollectionTable(name = "partnership_source", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    private List<RecordSource> sources = new ArrayList<>();

    protected Partnership() {
    }

    public Partnership(String id, String countryCode, PartnershipLevel level, String label) {
        this.id = id;
        this.countryCode = countryCode;
        this.level = level;
        this.label = label;
    }

    public String getId() {
        return id;
    }

    /** The partner; Vietnam is the other side. */
    public String getCountryCode() {
        return countryCode;
    }

    public PartnershipLevel getLevel() {
        return level;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public PartialDate getSince() {
        return PartialDate.of(sinceYear, sinceMonth, sinceDay);
    }

    public void setSince(PartialDate since) {
        PartialDate s = since == null ? PartialDate.UNKNOWN : since;
        this.sinceYear = s.year();
        this.sinceMonth = s.month();
        this.sinceDay = s.day();
    }

    public double getConfidence() {
        return confidence;
    }

    public void raiseConfidence(double confidence) {
        this.confidence = Math.max(this.confidence, confidence);
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
