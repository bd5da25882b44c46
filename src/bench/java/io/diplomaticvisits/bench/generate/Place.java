package io.diplomaticvisits.bench.generate;

/** A place as written in each language; {@code city} is the gold's English city name, {@code country} an ISO code. */
record Place(String vi, String en, String city, String country) {

    static final Place HANOI = new Place("Hà Nội", "Hanoi", "Hanoi", "VN");

    /** Landmarks and cities in Vietnam where engagements are held, each with the city it lies in. */
    static final Place[] IN_VIETNAM = {
            HANOI,
            new Place("Trụ sở Chính phủ", "the Government headquarters in Hanoi", "Hanoi", "VN"),
            new Place("Phủ Chủ tịch", "the Presidential Palace in Hanoi", "Hanoi", "VN"),
            new Place("Nhà Quốc hội", "the National Assembly House in Hanoi", "Hanoi", "VN"),
            new Place("Trụ sở Trung ương Đảng", "the Party Central Committee's headquarters in Hanoi", "Hanoi", "VN"),
            new Place("Thành phố Hồ Chí Minh", "Ho Chi Minh City", "Ho Chi Minh City", "VN"),
            new Place("Đà Nẵng", "Da Nang", "Da Nang", "VN"),
    };
}
