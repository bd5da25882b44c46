package io.diplomaticvisits.domain;

import io.diplomaticvisits.extract.model.ParticipantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person in one visit: the stored participant, the name this visit was told with, and their side. */
@Embeddable
public class VisitAttendance {

    @Column(name = "participant_id", nullable = false, length = 16)
    private String participantId;

    @Column(nullable = false, length = 512)
    private String name;

    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ParticipantRole role;

    protected VisitAttendance() {
    }

    public VisitAttendance(String participantId, String name, String country, ParticipantRole role) {
        this.participantId = participantId;
        this.name = name;
        this.country = country;
        this.role = role;
    }

    public String getParticipantId() {
        return participantId;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public ParticipantRole getRole() {
        return role;
    }
}
