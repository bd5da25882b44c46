package io.diplomaticvisits.bench.generate;

import java.util.Random;

/**
 * A day or a run of days in one month. {@code yearWritten}: the text gives the year with the date;
 * {@code yearKnown}: the gold may give it (written, or taken from a publication date at the top).
 */
record EventDate(int year, int month, int startDay, int endDay, boolean yearWritten, boolean yearKnown) {

    boolean range() {
        return endDay != startDay;
    }

    EventDate day(int day) {
        return new EventDate(year, month, day, day, yearWritten, yearKnown);
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] SHORT_MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec."};

    /** "ngày 5/3", "chiều 22/10/2024", "từ ngày 22 đến 25/10", "11-15/10/2011", "ngày 5 tháng 3 năm 2024". */
    String vi(Random random) {
        return vi(random, false);
    }

    /** As {@link #vi(Random)}; a trip of one day is "ngày 5/3", never "chiều 5/3". */
    String vi(Random random, boolean trip) {
        String y = yearWritten ? "/" + year : "";
        if (!range()) {
            return switch (trip ? 3 : random.nextInt(5)) {
                case 0 -> "sáng " + startDay + "/" + month + y;
                case 1 -> "chiều " + startDay + "/" + month + y;
                case 2 -> yearWritten ? "ngày " + startDay + " tháng " + month + " năm " + year
                        : "ngày " + startDay + "/" + month;
                default -> "ngày " + startDay + "/" + month + y;
            };
        }
        return switch (random.nextInt(4)) {
            case 0 -> "từ ngày " + startDay + " đến " + endDay + "/" + month + y;
            case 1 -> "từ ngày " + startDay + " đến ngày " + endDay + "/" + month + y;
            case 2 -> "từ " + startDay + " - " + endDay + "/" + month + y;
            default -> "trong các ngày " + startDay + "-" + endDay + "/" + month + y;
        };
    }

    /** "on March 5", "on Sept. 5, 2023", "from October 22 to 25", "from January 20-23, 2024", "on 5 March". */
    String en(Random random) {
        String month = random.nextInt(4) == 0 ? SHORT_MONTHS[this.month - 1] : MONTHS[this.month - 1];
        String y = yearWritten ? ", " + year : "";
        if (!range()) {
            return switch (random.nextInt(3)) {
                case 0 -> "on " + startDay + " " + MONTHS[this.month - 1] + (yearWritten ? " " + year : "");
                default -> "on " + month + " " + startDay + y;
            };
        }
        return switch (random.nextInt(3)) {
            case 0 -> "from " + month + " " + startDay + " to " + endDay + y;
            case 1 -> "from " + month + " " + startDay + "-" + endDay + y;
            default -> "on " + month + " " + startDay + "-" + endDay + y;
        };
    }

    static String monthName(int month) {
        return MONTHS[month - 1];
    }
}
