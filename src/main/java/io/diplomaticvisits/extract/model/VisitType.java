package io.diplomaticvisits.extract.model;

public enum VisitType {
    STATE_VISIT(VisitCategory.TRIP),
    OFFICIAL_VISIT(VisitCategory.TRIP),
    WORKING_VISIT(VisitCategory.TRIP),
    VISIT(VisitCategory.TRIP),
    TALKS(VisitCategory.ENGAGEMENT),
    MEETING(VisitCategory.ENGAGEMENT),
    RECEPTION(VisitCategory.ENGAGEMENT),
    PHONE_CALL(VisitCategory.ENGAGEMENT),
    CONFERENCE(VisitCategory.ENGAGEMENT);

    private final VisitCategory category;

    VisitType(VisitCategory category) {
        this.category = category;
    }

    public VisitCategory category() {
        return category;
    }
}
