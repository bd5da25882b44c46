package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.VisitCategory;
import io.diplomaticvisits.extract.model.VisitStatus;
import io.diplomaticvisits.extract.model.VisitType;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One diplomatic event, merged across the documents that tell it. */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @Column(length = 16)
    private String id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private VisitType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private VisitCategory category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private VisitStatus status;

    @Column(name = "guest_country", length = 2)
    private String guestCountry;

    @Column(name = "host_country", length = 2)
    private String hostCountry;

    /** The sorted country codes joined by commas: the merge looks records up by it. */
    @Column(name = "country_set", nullable = false, length = 512)
    private String countrySet;

    @ElementCollection
    @CollectionTable(name = "visit_word", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "word", length = SearchWords.MAX_LENGTH)
    private Set<String> words = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "visit_country", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> countries = new TreeSet<>();

    @Column(name = "location_city", length = 256)
    private String locationCity;

    @Column(name = "location_country", length = 2)
    private String locationCountry;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "start_month")
    private Integer startMonth;

    @Column(name = "start_day")
    private Integer startDay;

    @Column(name = "end_year")
    private Integer endYear;

    @Column(name = "end_month")
    private Integer endMonth;

    @Column(name = "end_day")
    private Integer endDay;

    @Column(name = "earliest_date")
    private LocalDate earliestDate;

    @Column(name = "latest_date")
    private LocalDate latestDate;

    @Column(name = "search_text", nullable = false, length = 8000)
    private String searchText;

    @Column(nullable = false)
    private double confidence;

    @ElementCollection
    @CollectionTable(name = "visit_participant", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<VisitAttendance> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_source", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<RecordSource> sources = new ArrayList<>();

    protected Visit() {
    }

    public Visit(String id, VisitType type, VisitStatus status, String guestCountry, String hostCountry,
            Collection<String> countries) {
        this.id = id;
        this.type = type;
        this.category = type.category();
        this.status = status;
        this.guestCountry = guestCountry;
        this.hostCountry = hostCountry;
        this.countries.addAll(countries);
        this.countrySet = countrySetOf(countries);
        this.setDates(PartialDate.UNKNOWN, PartialDate.UNKNOWN);
        this.searchText = "";
    }

    /** The key under which records with these countries are looked up: sorted codes, comma-separated. */
    public static String countrySetOf(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    public String getId() {
        return id;
    }

    public VisitType getType() {
        return type;
    }

    public void setType(VisitType type) {
        this.type = type;
        this.category = type.category();
    }

    public VisitCategory getCategory() {
        return category;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public void setStatus(VisitStatus status) {
        this.status = status;
    }

    public String getGuestCountry() {
        return guestCountry;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public void setDirection(String guestCountry, String hostCountry) {
        this.guestCountry = guestCountry;
        this.hostCountry = hostCountry;
    }

    public String getCountrySet() {
        return countrySet;
    }

    /** Sorted. */
    public List<String> getCountries() {
        return List.copyOf(new TreeSet<>(countries));
    }

    public String getLocationCity() {
        return locationCity;
    }

    public String getLocationCountry() {
        return locationCountry;
    }

    public void setLocation(String city, String countryCode) {
        this.locationCity = city;
        this.locationCountry = countryCode;
    }

    public PartialDate getStart() {
        return PartialDate.of(startYear, startMonth, startDay);
    }

    public PartialDate getEnd() {
        return PartialDate.of(endYear, endMonth, endDay);
    }

    /** Sets both dates and the span of days they allow. */
    public void setDates(PartialDate start, PartialDate end) {
        PartialDate s = start == null ? PartialDate.UNKNOWN : start;
        PartialDate e = end == null ? PartialDate.UNKNOWN : end;
        this.startYear = s.year();
        this.startMonth = s.month();
        this.startDay = s.day();
        this.endYear = e.year();
        this.endMonth = e.month();
        this.endDay = e.day();
        this.earliestDate = DateBounds.earliest(s);
        this.latestDate = DateBounds.latest(s, e);
    }

    public LocalDate getEarliestDate() {
        return earliestDate;
    }

    public LocalDate getLatestDate() {
        return latestDate;
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

    public List<VisitAttendance> getParticipants() {
        return participants;
    }

    /** Adds the person unless already there; true when added. */
    public boolean addParticipant(VisitAttendance attendance) {
        if (participants.stream().anyMatch(p -> p.getParticipantId().equals(attendance.getParticipantId()))) {
            return false;
        }
        return participants.add(attendance);
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
