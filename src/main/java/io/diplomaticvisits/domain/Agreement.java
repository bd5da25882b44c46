package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.MoneyAmount;
import io.diplomaticvisits.extract.model.MoneyQualifier;
import io.diplomaticvisits.extract.model.PartialDate;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document signed, issued or pledged between the parties, merged across the documents that report it. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @Column(length = 16)
    private String id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private AgreementType type;

    @Column(length = 1024)
    private String title;

    @Column(name = "folded_title", nullable = false, length = 1024)
    private String foldedTitle;

    /** The sorted party codes joined by commas: the merge looks records up by it. */
    @Column(name = "party_set", nullable = false, length = 512)
    private String partySet;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> parties = new TreeSet<>();

    @Column(name = "date_year")
    private Integer dateYear;

    @Column(name = "date_month")
    private Integer dateMonth;

    @Column(name = "date_day")
    private Integer dateDay;

    @Column(name = "earliest_date")
    private LocalDate earliestDate;

    @Column(name = "latest_date")
    private LocalDate latestDate;

    @Column(name = "value_amount", precision = 38, scale = 4)
    private BigDecimal valueAmount;

    @Column(name = "value_currency", length = 8)
    private String valueCurrency;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "value_qualifier", length = 16)
    private MoneyQualifier valueQualifier;

    @Column(nullable = false)
    private double confidence;

    @ElementCollection
    @CollectionTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<RecordSource> sources = new ArrayList<>();

    protected Agreement() {
    }

    public Agreement(String id, AgreementType type, String title, String foldedTitle, Collection<String> parties) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.foldedTitle = foldedTitle;
        this.parties.addAll(parties);
        this.partySet = Visit.countrySetOf(parties);
    }

    public String getId() {
        return id;
    }

    public AgreementType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getFoldedTitle() {
        return foldedTitle;
    }

    public String getPartySet() {
        return partySet;
    }

    /** Sorted. */
    public List<String> getParties() {
        return List.copyOf(new TreeSet<>(parties));
    }

    public PartialDate getDate() {
        return PartialDate.of(dateYear, dateMonth, dateDay);
    }

    public void setDate(PartialDate date) {
        PartialDate d = date == null ? PartialDate.UNKNOWN : date;
        this.dateYear = d.year();
        this.dateMonth = d.month();
        this.dateDay = d.day();
        this.earliestDate = DateBounds.earliest(d);
        this.latestDate = DateBounds.latest(d);
    }

    public LocalDate getEarliestDate() {
        return earliestDate;
    }

    public LocalDate getLatestDate() {
        return latestDate;
    }

    /** Null when the record states no sum. */
    public MoneyAmount getValue() {
        if (valueAmount == null && valueCurrency == null && valueQualifier == null) {
            return null;
        }
        return new MoneyAmount(valueAmount, valueCurrency, valueQualifier);
    }

    public void setValue(MoneyAmount value) {
        this.valueAmount = value == null ? null : value.amount();
        this.valueCurrency = value == null ? null : value.currency();
        this.valueQualifier = value == null ? null : value.qualifier();
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

    public boolean hasAnySource(Collection<RecordSource> candidates) {
        return RecordSources.anyShared(sources, candidates);
    }
}
