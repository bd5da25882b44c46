package io.diplomaticvisits.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.diplomaticvisits.bench.generate.NameMaker.capitalised;
import static io.diplomaticvisits.bench.generate.NameMaker.pick;

/** Vietnamese news templates, in the register of the national press. */
final class VietnamesePhrases implements Phrases {

    private static final String[] FIELDS = {"kinh tế", "thương mại", "đầu tư", "giáo dục và đào tạo", "y tế",
            "quốc phòng", "an ninh", "nông nghiệp", "năng lượng", "khoa học và công nghệ", "văn hóa", "du lịch",
            "lao động", "giao thông vận tải", "chuyển đổi số"};
    private static final String[] TEASERS = {"Giá vàng hôm nay tăng mạnh", "Hà Nội: Nắng nóng kéo dài đến cuối tuần",
            "Xuất khẩu nông sản đạt kỷ lục trong quý I", "Khai mạc Tuần lễ Văn hóa tại Huế",
            "Đội tuyển bóng đá giành chiến thắng 2-0", "Giá xăng dầu giảm nhẹ từ chiều nay",
            "Nhiều tuyến phố ngập sau cơn mưa lớn", "Thị trường chứng khoán khởi sắc"};

    private final Random random;

    VietnamesePhrases(Random random) {
        this.random = random;
    }

    @Override
    public String language() {
        return "vi";
    }

    @Override
    public String header(EventDate p) {
        return String.format("Ngày đăng: %04d-%02d-%02d", p.year(), p.month(), p.startDay());
    }

    @Override
    public String dateline(EventDate published, boolean withDate) {
        return random.nextInt(3) == 0 ? "(Chinhphu.vn) - " : "";
    }

    @Override
    public String person(Person p) {
        String title = pick(random, p.office().vi(p.vietnamese()));
        if (p.vietnamese()) {
            return title + " " + p.name();
        }
        if (p.office() == Office.AMBASSADOR) {
            return "Đại sứ " + p.country().vi() + " tại Việt Nam " + p.name();
        }
        return title + " " + p.country().vi() + " " + p.name();
    }

    private static String tripPhrase(String type, Random random) {
        return switch (type) {
            case "STATE_VISIT" -> "thăm cấp Nhà nước";
            case "OFFICIAL_VISIT" -> "thăm chính thức";
            case "WORKING_VISIT" -> random.nextBoolean() ? "thăm làm việc" : "thăm và làm việc tại";
            default -> random.nextBoolean() ? "thăm" : "có chuyến thăm";
        };
    }

    @Override
    public String trip(Events.Trip t) {
        String guest = person(t.guest()) + (random.nextInt(4) == 0 ? " và Phu nhân" : "");
        String phrase = tripPhrase(t.type(), random);
        String date = t.date().vi(random, true);
        String will = t.planned() ? "sẽ " : random.nextBoolean() ? "đã " : "";
        if (t.inviter() == null) {
            return guest + " " + will + phrase + " " + t.host().vi() + " " + date + ".";
        }
        String invitation = "lời mời của " + person(t.inviter());
        if (t.planned()) {
            return switch (random.nextInt(3)) {
                case 0 -> "Theo thông báo của Bộ Ngoại giao, nhận " + invitation + ", " + guest + " sẽ " + phrase
                        + " " + t.host().vi() + " " + date + ".";
                case 1 -> "Nhận " + invitation + ", " + guest + " sẽ " + phrase + " " + t.host().vi() + " " + date
                        + ".";
                default -> guest + " sẽ " + phrase + " " + t.host().vi() + " " + date + " theo " + invitation + ".";
            };
        }
        return switch (random.nextInt(3)) {
            case 0 -> "Nhận " + invitation + ", " + guest + " " + will + phrase + " " + t.host().vi() + " " + date
                    + ".";
            case 1 -> guest + " " + will + phrase + " " + t.host().vi() + " " + date + " theo " + invitation + ".";
            default -> "Theo " + invitation + ", " + guest + " " + phrase + " " + t.host().vi() + " " + date
                    + ". Đây là chuyến thăm đầu tiên của " + shortTitle(t.guest()) + " tới " + t.host().vi()
                    + " trên cương vị mới.";
        };
    }

    private String shortTitle(Person p) {
        return p.office().vi(p.vietnamese())[0];
    }

    @Override
    public String headline(Events.Trip t) {
        return shortTitle(t.guest()) + " " + (t.guest().vietnamese() ? "" : t.guest().country().vi() + " ")
                + t.guest().name() + (t.planned() ? " sẽ " : " ") + tripPhrase(t.type(), random) + " "
                + t.host().vi();
    }

    private String at(Place place) {
        return place == null ? "" : "tại " + place.vi();
    }

    @Override
    public String talks(Events.Encounter e, Events.Trip during) {
        String date = e.date().vi(random);
        String where = at(e.place());
        String guest = person(e.guest());
        String visiting = during != null && random.nextBoolean()
                ? "đang " + tripPhrase(during.type(), random) + " " + during.host().vi() : null;
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(date) + (where.isEmpty() ? "" : ", " + where) + ", " + person(e.host())
                    + " đã hội đàm với " + guest + (visiting == null ? "" : " " + visiting) + ".";
            case 1 -> person(e.host()) + " và " + guest + (visiting == null ? "" : ", " + visiting + ",")
                    + " đã hội đàm " + date + (where.isEmpty() ? "" : " " + where) + ".";
            default -> capitalised(date) + ", trong không khí thân tình, " + person(e.host()) + " đã hội đàm với "
                    + guest + (visiting == null ? "" : " " + visiting) + (where.isEmpty() ? "" : " " + where) + ".";
        };
    }

    @Override
    public String meeting(Events.Encounter e) {
        String date = e.date().vi(random);
        String where = at(e.place());
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(date) + (where.isEmpty() ? "" : ", " + where) + ", " + person(e.guest())
                    + " đã hội kiến " + person(e.host()) + ".";
            case 1 -> person(e.guest()) + " đã có cuộc gặp với " + person(e.host()) + " " + date
                    + (where.isEmpty() ? "" : " " + where) + ".";
            default -> "Trong khuôn khổ chuyến thăm, " + date + ", " + person(e.guest()) + " đã hội kiến "
                    + person(e.host()) + (where.isEmpty() ? "" : " " + where) + ".";
        };
    }

    @Override
    public String reception(Events.Encounter e) {
        String date = e.date().vi(random);
        String where = at(e.place());
        String purpose = e.guest().office() != Office.AMBASSADOR ? ""
                : switch (random.nextInt(3)) {
                    case 0 -> " đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam";
                    case 1 -> " đến trình Quốc thư";
                    default -> " đến chào xã giao";
                };
        return capitalised(date) + (where.isEmpty() ? "" : ", " + where) + ", " + person(e.host()) + " đã tiếp "
                + person(e.guest()) + purpose + ".";
    }

    @Override
    public String call(Events.Encounter e) {
        String date = e.date().vi(random);
        return switch (random.nextInt(3)) {
            case 0 -> capitalised(date) + ", " + person(e.host()) + " đã điện đàm với " + person(e.guest()) + ".";
            case 1 -> person(e.host()) + " và " + person(e.guest()) + " đã có cuộc điện đàm " + date + ".";
            default -> capitalised(date) + ", " + person(e.host()) + " đã hội đàm trực tuyến với " + person(e.guest())
                    + ".";
        };
    }

    @Override
    public String session(Events.Session s) {
        String date = s.date().vi(random);
        String committee = random.nextBoolean() ? "Ủy ban liên Chính phủ Việt Nam - " + s.other().vi()
                : "Ủy ban hỗn hợp về hợp tác kinh tế, thương mại Việt Nam - " + s.other().vi();
        return switch (random.nextInt(2)) {
            case 0 -> capitalised(date) + ", tại " + s.place().vi() + ", " + person(s.hostChair()) + " và "
                    + person(s.guestChair()) + " đã đồng chủ trì Phiên họp lần thứ " + s.number() + " " + committee
                    + ".";
            default -> "Kỳ họp lần thứ " + s.number() + " " + committee + " đã diễn ra tại " + s.place().vi() + " "
                    + date + " dưới sự đồng chủ trì của " + person(s.hostChair()) + " và " + person(s.guestChair())
                    + ".";
        };
    }

    @Override
    public String attendance(Events.Attendance a) {
        String date = a.date().vi(random, true);
        String city = a.host().capital().vi();
        return switch (random.nextInt(3)) {
            case 0 -> person(a.guest()) + " đã sang dự " + a.eventVi() + " tại " + city + ", " + a.host().vi() + " "
                    + date + ".";
            case 1 -> capitalised(date) + ", " + person(a.guest()) + " dẫn đầu Đoàn đại biểu cấp cao Việt Nam sang dự "
                    + a.eventVi() + " tại " + city + ", " + a.host().vi() + ".";
            default -> person(a.guest()) + " đã đến " + city + ", " + a.host().vi() + " để tham dự " + a.eventVi()
                    + " diễn ra " + date + ".";
        };
    }

    @Override
    public String sideline(Events.Encounter e, Events.Attendance at) {
        return capitalised(e.date().vi(random)) + ", bên lề " + at.eventVi() + ", " + person(e.host())
                + " đã có cuộc gặp với " + person(e.guest()) + ".";
    }

    @Override
    public String title(String type, int field) {
        String f = FIELDS[field % FIELDS.length];
        return switch (type) {
            case "MOU" -> "Bản ghi nhớ về hợp tác " + f;
            case "AGREEMENT" -> random.nextBoolean() ? "Hiệp định hợp tác " + f : "Thỏa thuận hợp tác " + f;
            default -> "Tuyên bố chung";
        };
    }

    @Override
    public String signedAfterTalks(String title) {
        return switch (random.nextInt(2)) {
            case 0 -> "Sau hội đàm, hai bên đã ký " + title + ".";
            default -> "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký " + title + " giữa hai nước.";
        };
    }

    @Override
    public String signedOn(String title, Country other, EventDate date) {
        return capitalised(date.vi(random)) + ", đại diện Việt Nam và " + other.vi() + " đã ký " + title + ".";
    }

    @Override
    public String aid(Country donor, Money money) {
        return "Nhân dịp này, Chính phủ " + donor.vi() + " thông báo viện trợ không hoàn lại " + money.vi()
                + " cho Việt Nam.";
    }

    @Override
    public String deals(int count, Money money) {
        return "Doanh nghiệp hai nước đã ký " + count + " hợp đồng thương mại với tổng trị giá " + money.vi() + ".";
    }

    @Override
    public String levelLabel(String level) {
        return switch (level) {
            case "COMPREHENSIVE_STRATEGIC_PARTNERSHIP" -> "Đối tác chiến lược toàn diện";
            case "STRATEGIC_PARTNERSHIP" -> "Đối tác chiến lược";
            default -> "Đối tác toàn diện";
        };
    }

    @Override
    public String upgrade(Country other, String label) {
        return "Hai nhà lãnh đạo đã tuyên bố nâng cấp quan hệ Việt Nam - " + other.vi() + " lên " + label + ".";
    }

    @Override
    public String established(Country other, String label, int year) {
        return "Việt Nam và " + other.vi() + " thiết lập quan hệ " + label + " năm " + year + ".";
    }

    @Override
    public String existing(Country other, String label) {
        return "Hai bên đánh giá cao sự phát triển tích cực của quan hệ " + label + " Việt Nam - " + other.vi()
                + " thời gian qua.";
    }

    @Override
    public String filler(Country other, Person vietnamese, int variant) {
        String shortMention = vietnamese == null ? ""
                : shortTitle(vietnamese) + " " + NameMaker.shortName(vietnamese.name());
        return switch (variant % 5) {
            case 0 -> "Hai bên nhất trí tiếp tục tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại, đầu tư,"
                    + " giáo dục và giao lưu nhân dân.";
            case 1 -> shortMention + " khẳng định Việt Nam luôn coi trọng quan hệ với " + other.vi()
                    + " và mong muốn đưa quan hệ hai nước đi vào chiều sâu.";
            case 2 -> "Hai bên trao đổi ý kiến về các vấn đề quốc tế và khu vực cùng quan tâm, nhất trí tiếp tục"
                    + " phối hợp chặt chẽ tại các diễn đàn đa phương.";
            case 3 -> "Về kinh tế, hai bên giao các bộ, ngành liên quan sớm hoàn thiện thủ tục để nông sản, thủy sản,"
                    + " trái cây v.v. của mỗi nước tiếp cận thị trường của nhau.";
            default -> "Theo " + shortMention + ", còn nhiều dư địa để hai nước mở rộng hợp tác trong thời gian tới.";
        };
    }

    @Override
    public String trade(Country other, Money money) {
        return "Kim ngạch thương mại song phương giữa Việt Nam và " + other.vi() + " năm ngoái đạt " + money.vi() + ".";
    }

    @Override
    public String caption(Person a, Person b) {
        return person(a) + " và " + person(b) + ". (Ảnh: TTXVN)";
    }

    @Override
    public List<String> tail(int variant, Country unrelated, String unrelatedLeader) {
        List<String> out = new ArrayList<>();
        out.add(variant % 3 == 0 ? "Có thể bạn quan tâm" : variant % 3 == 1 ? "Tin khác" : "Xem thêm");
        for (int i = 0; i < 3; i++) {
            out.add(TEASERS[(variant + i * 3) % TEASERS.length]);
        }
        if (variant % 2 == 0) {
            out.add("Thủ tướng " + unrelatedLeader + " điện đàm với Thủ tướng " + unrelated.vi());
        }
        return out;
    }
}
