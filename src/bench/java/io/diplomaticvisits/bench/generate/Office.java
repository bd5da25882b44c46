package io.diplomaticvisits.bench.generate;

/**
 * A post, as Vietnamese and English news write it for Vietnam's own officials and for a foreign one, with the
 * normalised English title the gold expects. {@code null} forms: Vietnam has no such post abroad or at home.
 */
enum Office {
    PARTY_LEADER(new String[] {"Tổng Bí thư", "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"},
            new String[] {"Party General Secretary", "General Secretary of the Communist Party of Vietnam"},
            "General Secretary", null, null, null),
    PRESIDENT(new String[] {"Chủ tịch nước", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"},
            new String[] {"President", "State President"}, "President",
            new String[] {"Tổng thống"}, new String[] {"President"}, "President"),
    PRIME_MINISTER(new String[] {"Thủ tướng", "Thủ tướng Chính phủ"}, new String[] {"Prime Minister", "PM"},
            "Prime Minister", new String[] {"Thủ tướng"}, new String[] {"Prime Minister"}, "Prime Minister"),
    LEGISLATURE_HEAD(new String[] {"Chủ tịch Quốc hội"}, new String[] {"National Assembly Chairman",
            "Chairman of the National Assembly"}, "Chairman of the National Assembly",
            new String[] {"Chủ tịch Thượng viện"}, new String[] {"Senate President", "President of the Senate"},
            "President of the Senate"),
    DEPUTY_PRIME_MINISTER(new String[] {"Phó Thủ tướng", "Phó Thủ tướng Chính phủ"},
            new String[] {"Deputy Prime Minister"}, "Deputy Prime Minister",
            new String[] {"Phó Thủ tướng"}, new String[] {"Deputy Prime Minister"}, "Deputy Prime Minister"),
    VICE_PRESIDENT(new String[] {"Phó Chủ tịch nước"}, new String[] {"Vice President"}, "Vice President",
            new String[] {"Phó Tổng thống"}, new String[] {"Vice President"}, "Vice President"),
    FOREIGN_MINISTER(new String[] {"Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao"},
            new String[] {"Foreign Minister", "Minister of Foreign Affairs"}, "Minister of Foreign Affairs",
            new String[] {"Bộ trưởng Ngoại giao", "Ngoại trưởng"},
            new String[] {"Foreign Minister", "Minister of Foreign Affairs"}, "Minister of Foreign Affairs"),
    DEFENCE_MINISTER(new String[] {"Bộ trưởng Quốc phòng"},
            new String[] {"Defence Minister", "Minister of National Defence"}, "Minister of Defence",
            new String[] {"Bộ trưởng Quốc phòng"},
            new String[] {"Defence Minister", "Minister of Defence"}, "Minister of Defence"),
    AMBASSADOR(null, null, null, new String[] {"Đại sứ"}, new String[] {"Ambassador"}, "Ambassador");

    private final String[] viHome;
    private final String[] enHome;
    private final String goldHome;
    private final String[] viForeign;
    private final String[] enForeign;
    private final String goldForeign;

    Office(String[] viHome, String[] enHome, String goldHome, String[] viForeign, String[] enForeign,
           String goldForeign) {
        this.viHome = viHome;
        this.enHome = enHome;
        this.goldHome = goldHome;
        this.viForeign = viForeign;
        this.enForeign = enForeign;
        this.goldForeign = goldForeign;
    }

    String[] vi(boolean vietnamese) {
        return vietnamese ? viHome : viForeign;
    }

    String[] en(boolean vietnamese) {
        return vietnamese ? enHome : enForeign;
    }

    String gold(boolean vietnamese) {
        return vietnamese ? goldHome : goldForeign;
    }

    /** The post that receives this one on the other side: a party leader is received by a head of state abroad. */
    Office counterpart(boolean otherIsVietnamese) {
        if (this == PARTY_LEADER && !otherIsVietnamese) {
            return PRESIDENT;
        }
        if (this == AMBASSADOR) {
            return PRESIDENT;
        }
        return this;
    }

    static final Office[] TRAVELLERS = {PARTY_LEADER, PRESIDENT, PRIME_MINISTER, LEGISLATURE_HEAD,
            DEPUTY_PRIME_MINISTER, VICE_PRESIDENT, FOREIGN_MINISTER, DEFENCE_MINISTER};
}
