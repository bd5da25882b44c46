package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.lexicon.KeywordLexicon;
import io.diplomaticvisits.extract.lexicon.PhraseMatch;
import io.diplomaticvisits.extract.mention.CountryGroup;
import io.diplomaticvisits.extract.mention.CountryMention;
import io.diplomaticvisits.extract.mention.DateMention;
import io.diplomaticvisits.extract.mention.MoneyMention;
import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.AgreementRecord;
import io.diplomaticvisits.extract.model.AgreementType;
import io.diplomaticvisits.extract.model.MoneyAmount;
import io.diplomaticvisits.extract.model.PartialDate;
import io.diplomaticvisits.extract.model.SourceRef;
import io.diplomaticvisits.extract.model.VisitType;
import io.diplomaticvisits.extract.text.CharFolding;
import io.diplomaticvisits.extract.text.FrontMatter;
import io.diplomaticvisits.extract.text.MatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds documents signed, issued or pledged: a kind of document ("Tuyên bố chung", "MOU", "ODA") in a sentence
 * that reports an act ("ra", "ký", "signed") and does not merely refer to an existing one ("tận dụng Hiệp định").
 * Parties are Vietnam and the foreign countries of the sentence, or of the event the text is about.
 */
final class AgreementRules {

    private static final int ACTION_WINDOW = 90;
    /** How far before a sum its verb of giving may stand: "gave the national relief agency $2 million". */
    private static final int GIVE_WINDOW = 40;
    /** "trị giá 45 tỷ đồng", "worth about $2 million": the sum follows the word for its value. */
    private static final int VALUE_GAP = 12;
    private static final int REFERENCE_WINDOW = 40;
    /** How far before a sum its indefinite article may stand: "a new four-year, $4.5 million project". */
    private static final int ARTICLE_WINDOW = 25;
    /** Words a title keeps in lower case inside it. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "the", "to", "of", "on", "in", "for",
            "with", "at", "by", "or");
    private static final Set<String> TITLE_STOPS = Set.of(",", ";", ".", ":", "(", "\"", "“", "”");
    private static final List<String> TITLE_STOP_WORDS = List.of(" được ", " nhằm ", " giữa hai", " đã ", " trị giá ",
            " và ", " was ", " were ", " to ", " worth ", " that ", " which ", " with ", " between ", " on ");

    /** Words after which a sentence lists the documents its act made. */
    private static final List<String> LIST_OPENERS = List.of("trong đó có", "bao gồm", "gồm", "including",
            "among them", "among which", "namely");

    /** Words that open a sentence naming the documents the sentence before told in the plural. */
    private static final List<String> CONTINUING_OPENERS = List.of("among them", "among these", "among those",
            "among the documents", "these include", "these included", "they include", "they included",
            "the documents include", "the documents included", "trong đó có", "trong số đó có", "các văn kiện gồm",
            "các văn kiện này gồm", "bao gồm");

    /** Words for documents in the plural: a sentence that ends on a colon after them opens a list of them. */
    private static final List<String> DOCUMENTS_IN_PLURAL = List.of("văn kiện", "văn bản", "các thỏa thuận",
            "các bản ghi nhớ", "các hiệp định", "documents", "agreements", "memoranda", "instruments", "deals");

    /** Words of a heading over a list of the documents made: one a line follows. */
    private static final List<String> LIST_HEADINGS = List.of("the following documents", "documents signed",
            "documents were signed", "documents exchanged", "list of outcomes", "list of documents",
            "các văn kiện sau", "danh sách các văn kiện", "văn kiện được ký", "văn kiện đã được ký", "văn kiện được trao");
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile(
            "\\s*(?:\\(?[0-9ivxlc]{1,5}[.)]|\\(?[a-z][.)]|[-•*–])\\s+");

    private static final java.util.regex.Pattern ANOTHER_OF_THE_KIND = java.util.regex.Pattern.compile(
            "(?:,| and| as well as) (?:another|a second|one more) (?:on|for|in|with|between|to|of|covering)\\b");

    private static final int COORDINATION_REACH = 16;
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "(?:\\band|\\bas well as|\\bvà|\\bcùng) (?:a |an |the |một |các |bản )?$");

    private final KeywordLexicon kinds;
    private final KeywordLexicon cues;
    private final List<Draft> drafts = new ArrayList<>();
    /**
     * The parties and date of the sentence before, when it told documents made in the plural ("witnessed the exchange
     * of several cooperation documents."): a sentence that goes on "Among them were ..." names them.
     */
    private Heading lastActOnDocuments;
    /** The heading of a list of documents read last, while its lines follow. */
    private Heading heading;
    /** What {@link #vietnamAndNamed} found in the sentence before, for one that names no country. */
    private TreeSet<String> previousParties;

    AgreementRules(RuleLexicons lexicons) {
        this.kinds = lexicons.agreementKinds();
        this.cues = lexicons.agreementCues();
    }

    void apply(SentenceFacts s, DocumentContext ctx, SourceFactory sources, List<VisitDraft> eventsHere) {
        boolean namesNoCountry = namesNoCountry(s);
        TreeSet<String> continued = namesNoCountry ? previousParties : null;
        previousParties = namesNoCountry ? null : vietnamAndNamed(s, ctx);
        if (listedDocument(s, sources)) {
            return;
        }
        List<PhraseMatch<String>> cueMatches = cues.find(s.text());
        boolean acts = cueMatches.stream().anyMatch(c -> c.value().equals("ACTION"));
        boolean listHeading = acts
                && (LIST_HEADINGS.stream().anyMatch(s.text().lower()::contains) || opensListOfDocuments(s));
        boolean actsOnDocuments = acts && DOCUMENTS_IN_PLURAL.stream().anyMatch(s.text().lower()::contains);
        Heading told = listHeading || actsOnDocuments
                ? new Heading(parties(s, ctx, eventsHere, false), date(s, ctx)) : null;
        if (listHeading) {
            // "The following documents were signed ...:", "Documents signed during the visit": a list follows.
            heading = told;
        }
        Heading actedBefore = continuesActOnDocuments(s) ? lastActOnDocuments : null;
        lastActOnDocuments = actsOnDocuments ? told : null;
        if (actedBefore == null && cueMatches.stream().noneMatch(c -> c.value().equals("ACTION")
                || c.value().equals("GIVE") || c.value().equals("BUDGET"))) {
            return;
        }
        java.util.Set<MoneyMention> used = new java.util.HashSet<>();
        boolean commercial = cueMatches.stream().anyMatch(c -> c.value().equals("COMMERCIAL"));
        List<PhraseMatch<String>> found = kinds.find(s.text());
        java.util.Map<AgreementType, Integer> lastEndByType = new java.util.EnumMap<>(AgreementType.class);
        boolean madeHere = false;
        for (PhraseMatch<String> m : found) {
            String[] kind = m.value().split("\\|");
            AgreementType type = kind[0].equals("NONE") ? null : AgreementType.valueOf(kind[0]);
            MoneyMention money = type == null ? null : moneyFor(s, m, found);
            if (type == null || isReference(cueMatches, m) || wishedFor(s, cueMatches, m) || actedBefore == null
                    && !actionNear(s, cueMatches, m, type, money) && !(madeHere && coordinated(s, m))) {
                continue;
            }
            Integer previousEnd = lastEndByType.put(type, m.end());
            if (money == null && kind[1].equals("yes")) {
                continue;
            }
            if ((type == AgreementType.AGREEMENT || type == AgreementType.MOU) && money != null && commercial) {
                type = AgreementType.DEALS;
            }
            TreeSet<String> parties = parties(s, ctx, eventsHere, type == AgreementType.AID);
            if (parties.size() < 2 && money != null && s.mentionsVietnam() && ctx.dominantForeign != null) {
                // A valued pledge to Vietnam in a release by the country the document is about (a fact sheet).
                parties.add(ctx.dominantForeign);
            }
            if (parties.size() < 2 && type == AgreementType.AID && continued != null) {
                parties = new TreeSet<>(continued);
            }
            if (actedBefore != null && parties.size() < actedBefore.parties().size()) {
                parties = new TreeSet<>(actedBefore.parties());
            }
            if (parties.size() < 2) {
                continue;
            }
            PartialDate date = actedBefore != null && !hasDateOfItsOwn(s) ? actedBefore.date() : date(s, ctx);
            String title = type == AgreementType.DEALS || type == AgreementType.AID ? null : title(s, m);
            MoneyAmount value = money == null ? null : money.value();
            if (previousEnd != null && m.start() - previousEnd <= 15 && value == null) {
                continue; // "Bản Ghi nhớ (MoU)": one document named twice
            }
            if (money != null) {
                used.add(money);
            }
            Draft made = new Draft(type, title, parties, date, value, sources.of(s));
            made.newlyIntroduced = money != null && introducedByIndefiniteArticle(s, money);
            add(made);
            madeHere = true;
            if (namesOneDocument(type) && anotherFollows(s, m, found)) {
                add(new Draft(type, null, parties, date, null, sources.of(s)));
            }
        }
        givenSums(s, ctx, sources, eventsHere, cueMatches, used, continued);
        givenGoods(s, ctx, sources, eventsHere, cueMatches, found, continued);
    }

    /** The sentence names no country, demonym or person of a known country: "The projects will ...". */
    private static boolean namesNoCountry(SentenceFacts s) {
        return s.countries().isEmpty() && s.groups().isEmpty()
                && s.persons().stream().allMatch(p -> p.country() == null);
    }

    /**
     * Vietnam and the foreign side of a sentence that names Vietnam, or null: the parties a following sentence that
     * names no country continues ("Japan gave Vietnam's flood-hit provinces $2 million. It will also send
     * provide 20 ambulances.").
     */
    private static TreeSet<String> vietnamAndNamed(SentenceFacts s, DocumentContext ctx) {
        if (!s.mentionsVietnam()) {
            return null;
        }
        TreeSet<String> parties = namedWithVietnam(s, s.countries(), ctx);
        return parties.size() < 2 ? null : parties;
    }

    /**
     * The countries of the sentence's groups and of {@code countries}, with Vietnam, and the foreign side the document
     * is about when that leaves Vietnam alone.
     */
    private static TreeSet<String> namedWithVietnam(SentenceFacts s, List<CountryMention> countries,
                                                    DocumentContext ctx) {
        TreeSet<String> parties = new TreeSet<>();
        for (CountryGroup g : s.groups()) {
            parties.addAll(g.codes());
        }
        for (CountryMention c : countries) {
            parties.add(c.code());
        }
        parties.add(VisitRules.VIETNAM);
        if (parties.size() < 2 && ctx.dominantForeign != null) {
            parties.add(ctx.dominantForeign);
        }
        return parties;
    }

    /** The parties of a gift: named in its sentence, or continued from the sentence before when it names none. */
    private static TreeSet<String> giftParties(SentenceFacts s, DocumentContext ctx, List<VisitDraft> eventsHere,
                                               TreeSet<String> continued) {
        TreeSet<String> parties = parties(s, ctx, eventsHere, true);
        if (parties.size() < 2 && s.mentionsVietnam() && ctx.dominantForeign != null) {
            parties.add(ctx.dominantForeign);
        }
        if (parties.size() < 2 && continued != null) {
            return new TreeSet<>(continued);
        }
        return parties;
    }

    /** Things given with no sum ("provided two field hospitals"): aid in kind, one record per gift. */
    private void givenGoods(SentenceFacts s, DocumentContext ctx, SourceFactory sources, List<VisitDraft> eventsHere,
                            List<PhraseMatch<String>> cueMatches, List<PhraseMatch<String>> found,
                            TreeSet<String> continued) {
        for (String goods : GoodsGiven.find(s, cueMatches, found)) {
            TreeSet<String> parties = giftParties(s, ctx, eventsHere, continued);
            if (parties.size() >= 2) {
                Draft gift = new Draft(AgreementType.AID, null, parties, date(s, ctx), null, sources.of(s));
                gift.goods = goods;
                add(gift);
            }
        }
    }

    /**
     * A sum given with no word for its kind: "pledges to provide a further $12 million for ...", "gave the relief
     * agency $2 million", "cam kết cung cấp 5 triệu USD": aid, when Vietnam gives or receives it.
     */
    private void givenSums(SentenceFacts s, DocumentContext ctx, SourceFactory sources, List<VisitDraft> eventsHere,
                           List<PhraseMatch<String>> cueMatches, java.util.Set<MoneyMention> used,
                           TreeSet<String> continued) {
        for (MoneyMention money : s.money()) {
            if (used.contains(money) || money.value() == null || money.value().amount() == null
                    || !givenRightBefore(s, cueMatches, money)) {
                continue;
            }
            TreeSet<String> parties = giftParties(s, ctx, eventsHere, continued);
            if (parties.size() >= 2) {
                add(new Draft(AgreementType.AID, null, parties, date(s, ctx), money.value(), sources.of(s)));
            }
        }
    }

    private static boolean givenRightBefore(SentenceFacts s, List<PhraseMatch<String>> cueMatches, MoneyMention money) {
        if (valueOfGoodsGiven(cueMatches, money)) {
            return true;
        }
        for (PhraseMatch<String> c : cueMatches) {
            if (c.value().equals("GIVE") && c.end() <= money.start() && money.start() - c.end() <= GIVE_WINDOW
                    && s.money().stream().noneMatch(o -> o.start() >= c.end() && o.end() <= money.start())) {
                return true;
            }
        }
        return false;
    }

    /** "trao tặng ... trang thiết bị trị giá 45 tỷ đồng", "donated equipment worth $2 million": the goods' value. */
    private static boolean valueOfGoodsGiven(List<PhraseMatch<String>> cueMatches, MoneyMention money) {
        boolean given = false;
        for (PhraseMatch<String> c : cueMatches) {
            if (c.start() >= money.start()) {
                break;
            }
            given |= c.value().equals("GIVE");
            if (given && c.value().equals("VALUE_OF") && money.start() - c.end() <= VALUE_GAP) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document whose title names a joint statement or an agreement ("title: Joint Statement on ...") is that
     * statement: one record dated by the publication date.
     */
    void applyTitle(SentenceFacts title, DocumentContext ctx, SourceFactory sources) {
        MatchText written = MatchText.of(FrontMatter.unescaped(title.original()));
        String lower = written.lower();
        int colon = lower.indexOf("title:");
        if (colon < 0) {
            return;
        }
        int start = colon + "title:".length();
        while (start < lower.length() && (lower.charAt(start) == ' ' || lower.charAt(start) == '"')) {
            start++;
        }
        for (PhraseMatch<String> m : kinds.find(written)) {
            String kind = m.value().split("\\|")[0];
            if (m.start() != start || !(kind.equals("JOINT_STATEMENT") || kind.equals("AGREEMENT"))) {
                continue;
            }
            TreeSet<String> parties = namedWithVietnam(title, title.freeCountries(), ctx);
            if (parties.size() >= 2) {
                String text = written.original().substring(start).strip().replaceAll("[\"\\\\]+$", "").strip();
                add(new Draft(AgreementType.valueOf(kind), titleCased(text), parties, ctx.publicationDate, null,
                        sources.of(title)));
            }
            return;
        }
    }

    /** A title in capitals in title case ("JOINT STATEMENT ON ..." as "Joint Statement on ..."); others as written. */
    static String titleCased(String title) {
        if (!title.equals(title.toUpperCase(java.util.Locale.ROOT))) {
            return title;
        }
        StringBuilder out = new StringBuilder(title.length());
        boolean opening = true;
        for (String word : title.toLowerCase(java.util.Locale.ROOT).split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(SMALL_WORDS.contains(word) && !opening ? word : capitalisedParts(word));
            opening = word.endsWith(":");
        }
        return out.toString();
    }

    /** "united" as "United", "states-vietnam" as "States-Vietnam". */
    private static String capitalisedParts(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '/';
        }
        return out.toString();
    }

    List<AgreementRecord> records() {
        List<AgreementRecord> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(new AgreementRecord(d.type, d.title, List.copyOf(d.parties), d.date, d.value,
                    List.copyOf(d.sources), Math.min(1.0, 0.7 + 0.05 * d.sources.size())));
        }
        return out;
    }

    private void add(Draft d) {
        for (Draft existing : drafts) {
            if (d.listed && existing.listed && !d.title.equals(existing.title)) {
                continue; // two lines of a list of documents: two documents, however alike their titles begin
            }
            if (d.newlyIntroduced && !toldIn(existing, d.sources.get(0).sentence())) {
                continue; // "a $20 million project": a new one, unless its very sentence is told again
            }
            if (namesOneDocument(d.type) && readAt(existing, d.sources.get(0))) {
                continue; // "an MoU on A and an MoU on B": one sentence naming two documents apart names two
            }
            if (existing.type == d.type && existing.parties.equals(d.parties) && existing.date.agreesWith(d.date)
                    && compatibleTitles(existing.title, d.title)
                    && java.util.Objects.equals(existing.goods, d.goods)
                    && java.util.Objects.equals(existing.value, d.value)) {
                existing.sources.addAll(d.sources);
                if (existing.title == null || d.title != null && d.title.length() > existing.title.length()) {
                    existing.title = d.title;
                }
                if (existing.value == null) {
                    existing.value = d.value;
                }
                existing.date = VisitMerger.moreSpecific(existing.date, d.date);
                return;
            }
        }
        drafts.add(d);
    }

    /** Two titles name the same document when one is missing, one begins the other, or they share three words. */
    private static boolean compatibleTitles(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String fa = CharFolding.foldString(a);
        String fb = CharFolding.foldString(b);
        if (fa.startsWith(fb) || fb.startsWith(fa)) {
            return true;
        }
        String[] wa = fa.split(" ");
        String[] wb = fb.split(" ");
        if (wa.length < 3 || wb.length < 3) {
            return false;
        }
        return wa[0].equals(wb[0]) && wa[1].equals(wb[1]) && wa[2].equals(wb[2]);
    }

    /**
     * The act must be told close to the document: "ký Bản Ghi nhớ", "the Joint Statement was issued". A verb of
     * giving ("provided", "hỗ trợ") is an act for aid only. A sum written before the kind is part of its name, so
     * an act before them is measured to the sum: "unveiled the X Fund for Y (XF), a four-year, $48 million grant".
     */
    private static boolean actionNear(SentenceFacts s, List<PhraseMatch<String>> cues, PhraseMatch<String> m,
                                      AgreementType type, MoneyMention money) {
        int named = money != null && money.end() <= m.start() ? money.start() : m.start();
        for (PhraseMatch<String> c : cues) {
            boolean give = c.value().equals("GIVE") && type == AgreementType.AID;
            if (give && c.start() == m.start() && c.end() == m.end()) {
                return true; // "is donating", "hỗ trợ 5 triệu USD": the word is the act and the kind
            }
            if (c.value().equals("BUDGET") && type == AgreementType.AID && statesTheSum(c, m, money)) {
                return true; // "Both grants, with a combined budget of about $6 million, fund ..."
            }
            if (!give && !c.value().equals("ACTION")) {
                continue;
            }
            // "đã ký kết các văn kiện: A; B" — the act covers every item of the list it introduces.
            boolean listed = c.end() <= m.start() && opensList(s.original().substring(c.end(), m.start()));
            boolean before = c.end() <= m.start() && m.start() - c.end() <= ACTION_WINDOW || listed
                    || c.end() <= named && named - c.end() <= ACTION_WINDOW;
            boolean after = c.start() >= m.end() && c.start() - m.end() <= ACTION_WINDOW;
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines of the list a heading opened ("1. Memorandum of Understanding between ... on ..."), one document
     * each, of the heading's parties and date and titled by the whole line. A sentence whose first line starts with
     * no kind of document ends the list.
     */
    private boolean listedDocument(SentenceFacts s, SourceFactory sources) {
        if (heading == null || heading.parties().size() < 2) {
            heading = null;
            return false;
        }
        String text = s.original();
        if (LIST_MARKER.matcher(text.strip() + " ").matches()) {
            return true; // "ii." read as a sentence of its own: the list goes on after it
        }
        List<PhraseMatch<String>> found = kinds.find(s.text());
        List<PhraseMatch<String>> lineCues = cues.find(s.text());
        boolean any = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int itemStart = lineStart + listItemStart(text.substring(lineStart, lineEnd));
            PhraseMatch<String> first = firstKindIn(found, lineStart, lineEnd);
            if (first == null || first.start() != itemStart) {
                break;
            }
            listedLine(s, sources, found, lineCues, first, itemStart, lineEnd);
            any = true;
            lineStart = lineEnd + 1;
        }
        if (!any) {
            heading = null;
        }
        return any;
    }

    private void listedLine(SentenceFacts s, SourceFactory sources, List<PhraseMatch<String>> found,
                            List<PhraseMatch<String>> lineCues, PhraseMatch<String> first, int start, int end) {
        AgreementType type = AgreementType.valueOf(first.value().split("\\|")[0]);
        MoneyMention money = null;
        for (MoneyMention m : s.money()) {
            if (m.start() >= start && m.end() <= end) {
                money = m;
                break;
            }
        }
        boolean aidNamed = found.stream().anyMatch(m -> m.start() >= start && m.end() <= end
                && m.value().startsWith("AID|"));
        if (money != null && aidNamed) {
            type = AgreementType.AID; // "Agreement on the US$ 300 million Defence Line of Credit"
        } else if (money != null && (type == AgreementType.AGREEMENT || type == AgreementType.MOU)
                && lineCues.stream().anyMatch(c -> c.value().equals("COMMERCIAL")
                && c.start() >= start && c.end() <= end)) {
            type = AgreementType.DEALS; // "Thỏa thuận hợp tác ... giữa Tập đoàn A và Tổng công ty B, trị giá 1,2 tỷ USD"
        }
        String title = s.original().substring(start, end).strip();
        if (title.endsWith(".") || title.endsWith(";")) {
            title = title.substring(0, title.length() - 1);
        }
        Draft d = new Draft(type, title, new TreeSet<>(heading.parties()), heading.date(),
                money == null ? null : money.value(), sources.of(s));
        d.listed = true;
        add(d);
    }

    private static PhraseMatch<String> firstKindIn(List<PhraseMatch<String>> found, int start, int end) {
        for (PhraseMatch<String> m : found) {
            if (m.start() >= start && m.end() <= end) {
                return m.value().startsWith("NONE") ? null : m;
            }
        }
        return null;
    }

    /** "Among them were ...", "They include ...", "Trong đó có ...": the documents of the sentence before. */
    private static boolean continuesActOnDocuments(SentenceFacts s) {
        String opening = s.text().lower().stripLeading();
        return CONTINUING_OPENERS.stream().anyMatch(opening::startsWith);
    }

    private static boolean hasDateOfItsOwn(SentenceFacts s) {
        return s.dates().stream().anyMatch(d -> d.from().month() != null);
    }

    /** "... chứng kiến lễ trao các văn kiện hợp tác giữa các bộ, ngành hai nước, gồm:": a list of documents follows. */
    private static boolean opensListOfDocuments(SentenceFacts s) {
        String text = s.text().lower().strip();
        return text.endsWith(":") && DOCUMENTS_IN_PLURAL.stream().anyMatch(text::contains);
    }

    /** Where a list item's text starts after its marker: "1.", "(ii)", "a)", "-", "•". */
    private static int listItemStart(String line) {
        java.util.regex.Matcher m = LIST_MARKER.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /** "các văn kiện: A; B", "9 văn kiện, trong đó có A; B", "documents including A and B". */
    private static boolean opensList(String between) {
        String lower = between.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(":") || LIST_OPENERS.stream().anyMatch(lower::contains);
    }

    /**
     * "a memorandum of understanding on A and another on B": a second document of the same kind, named by "another"
     * before the next kind the sentence names.
     */
    private static boolean anotherFollows(SentenceFacts s, PhraseMatch<String> m, List<PhraseMatch<String>> found) {
        int limit = s.text().length();
        for (PhraseMatch<String> other : found) {
            if (other.start() >= m.end()) {
                limit = other.start();
                break;
            }
        }
        return ANOTHER_OF_THE_KIND.matcher(s.text().lower()).region(m.end(), limit).find();
    }

    /** "signed an MoU on A, under which ..., and a memorandum on B": joined to a document made, by the same act. */
    private static boolean coordinated(SentenceFacts s, PhraseMatch<String> m) {
        String before = s.text().lower().substring(Math.max(0, m.start() - COORDINATION_REACH), m.start());
        return COORDINATION.matcher(before).find();
    }

    /** A kind that names one document, unlike words for aid or deals, which a sentence may say twice of one. */
    private static boolean namesOneDocument(AgreementType type) {
        return type != AgreementType.AID && type != AgreementType.DEALS;
    }

    /** Whether the draft was read from the very place of the text that {@code source} is. */
    private static boolean readAt(Draft draft, SourceRef source) {
        return draft.sources.stream().anyMatch(s -> s.start() == source.start()
                && s.document().equals(source.document()));
    }

    /** Whether the draft was read from this sentence already: a paragraph the page repeats. */
    private static boolean toldIn(Draft draft, String sentence) {
        return draft.sources.stream().anyMatch(source -> source.sentence().equals(sentence));
    }

    /** "a $20 million project", "a new four-year, $20 million grant": the sum names a document not told before. */
    private static boolean introducedByIndefiniteArticle(SentenceFacts s, MoneyMention money) {
        String before = s.text().lower().substring(Math.max(0, money.start() - ARTICLE_WINDOW), money.start())
                .replace('\n', ' ');
        int a = Math.max(before.lastIndexOf(" a "), before.lastIndexOf(" an "));
        return a >= 0 && before.substring(a).indexOf('.') < 0 && before.substring(a).indexOf(';') < 0;
    }

    /** A budget stated after a kind of aid, right before the sum that values it, tells the aid as made. */
    private static boolean statesTheSum(PhraseMatch<String> budget, PhraseMatch<String> m, MoneyMention money) {
        return money != null && budget.start() >= m.end() && budget.start() - m.end() <= ACTION_WINDOW
                && money.start() >= budget.end() && money.start() - budget.end() <= GIVE_WINDOW;
    }

    /** A document named after a wish in the same clause: "đề nghị sớm ký kết Hiệp định A, Hiệp định B". */
    private static boolean wishedFor(SentenceFacts s, List<PhraseMatch<String>> cues, PhraseMatch<String> m) {
        for (PhraseMatch<String> c : cues) {
            if (c.value().equals("WISH") && c.end() <= m.start()
                    && s.original().substring(c.end(), m.start()).chars().noneMatch(AgreementRules::endsClause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(int c) {
        return c == ';' || c == '.' || c == ':' || c == '\n';
    }

    /**
     * An existing document only referred to: "tận dụng Hiệp định ...", "Biên bản ghi nhớ đã ký ... và triển khai",
     * "under the Agreement". A cue that points ahead refers to nothing before it: "an MoU under the AZEC initiative".
     */
    private static boolean isReference(List<PhraseMatch<String>> cues, PhraseMatch<String> m) {
        for (PhraseMatch<String> c : cues) {
            boolean ahead = c.value().equals("REFERENCE_AHEAD");
            if (!ahead && !c.value().equals("REFERENCE")) {
                continue;
            }
            boolean before = c.end() <= m.start() && m.start() - c.end() <= REFERENCE_WINDOW;
            boolean after = !ahead && c.start() >= m.end() && c.start() - m.end() <= REFERENCE_WINDOW;
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** The sum nearest after the document's kind, before the next kind; else one before it. */
    private static MoneyMention moneyFor(SentenceFacts s, PhraseMatch<String> m, List<PhraseMatch<String>> all) {
        int limit = s.text().length();
        for (PhraseMatch<String> other : all) {
            if (other.start() > m.start()) {
                limit = other.start();
                break;
            }
        }
        for (MoneyMention money : s.money()) {
            if (money.start() >= m.end() && money.start() < limit) {
                return money;
            }
        }
        if (all.get(0) != m) {
            return null;
        }
        MoneyMention before = null;
        for (MoneyMention money : s.money()) {
            if (money.end() <= m.start() && m.start() - money.end() <= 40) {
                before = money;
            }
        }
        return before;
    }

    /** Aid names its giver or receiver in its own sentence; other documents may belong to the event told before. */
    private static TreeSet<String> parties(SentenceFacts s, DocumentContext ctx, List<VisitDraft> eventsHere,
                                           boolean ownSentenceOnly) {
        TreeSet<String> parties = new TreeSet<>();
        if (!eventsHere.isEmpty()) {
            // Signed during the event the same sentence tells: its parties.
            for (VisitDraft d : eventsHere) {
                parties.addAll(d.countries);
            }
            return parties;
        }
        if (!s.mentionsVietnam() && ctx.lastEvent == null && !ctx.vietnameseText) {
            return parties;
        }
        for (CountryGroup g : s.groups()) {
            parties.addAll(g.codes());
        }
        for (CountryMention c : s.freeCountries()) {
            parties.add(c.code());
        }
        for (PersonMention p : s.persons()) {
            if (p.country() != null) {
                parties.add(p.country());
            }
        }
        parties.add(VisitRules.VIETNAM);
        if (parties.size() < 2 && !ownSentenceOnly && ctx.lastCounterpart() != null) {
            parties.add(ctx.lastCounterpart());
        }
        return parties;
    }

    private static PartialDate date(SentenceFacts s, DocumentContext ctx) {
        VisitDraft event = ctx.eventInContext(s);
        for (DateMention d : s.dates()) {
            if (d.from().month() != null) {
                PartialDate from = d.from();
                if (from.year() == null && event != null) {
                    from = from.withYear(event.start.year());
                }
                return YearAnchor.apply(from, ctx.publicationDate);
            }
        }
        for (Trigger t : s.triggers()) {
            boolean sessionWord = t.type() == VisitType.TALKS || t.type() == VisitType.CONFERENCE;
            VisitDraft named = sessionWord ? ctx.lastPresentEncounters.get(t.type()) : null;
            if (named != null && named.start.day() != null) {
                // "Following the talks, the two leaders adopted ...", "Cũng tại Kỳ họp, hai Bộ trưởng đã ký ...": the
                // day of the talks or the session told last.
                return YearAnchor.apply(named.start, ctx.publicationDate);
            }
        }
        VisitDraft encounter = ctx.lastPresentDay;
        if (encounter != null && !encounter.isTrip() && encounter == ctx.lastEncounter
                && s.triggers().stream().anyMatch(t -> t.form() == TriggerForm.ENGAGE)) {
            // "At the end of the summit, the two Prime Ministers adopted ...": the day of the encounter told last.
            return YearAnchor.apply(encounter.start, ctx.publicationDate);
        }
        PartialDate paragraphDay = event == null || event.isTrip() || ctx.lastEventParagraph != s.paragraph()
                ? ctx.dayEarlierInParagraph(s) : null;
        if (paragraphDay != null) {
            // "- Ngày 7/3/2024: ... nhân chuyến thăm chính thức Australia ... Tại Canberra, hai Thủ tướng đã ra Tuyên
            // bố chung": signed on the day its paragraph told, unless an encounter of the paragraph gave the day.
            return paragraphDay;
        }
        if (event != null && !event.isTrip() && event.start.day() != null) {
            return YearAnchor.apply(event.start, ctx.publicationDate);
        }
        VisitDraft talks = event != null && event.isTrip() ? talksOfTrip(event, ctx) : null;
        if (talks != null) {
            // "Documents signed during the state visit: ...": a trip's documents are signed at its talks.
            return YearAnchor.apply(talks.start, ctx.publicationDate);
        }
        PartialDate context = event == null ? PartialDate.UNKNOWN : event.start.monthOnly();
        if (context.allPartsUnknown() && ctx.publicationDate.month() != null) {
            // Reported with no date and before any event: news of the day of publication.
            return ctx.publicationDate.monthOnly();
        }
        return YearAnchor.apply(context, ctx.publicationDate);
    }

    /** The talks told last, when they have a day and were held between the trip's countries in its month. */
    private static VisitDraft talksOfTrip(VisitDraft trip, DocumentContext ctx) {
        VisitDraft talks = ctx.lastPresentEncounters.get(VisitType.TALKS);
        return talks != null && talks.start.day() != null && talks.countries.equals(trip.countries)
                && talks.start.monthOnly().equals(trip.start.monthOnly()) ? talks : null;
    }

    /** The title as written, only when it is a proper name (capitalised): "Tuyên bố chung về Tầm nhìn ...". */
    private static String title(SentenceFacts s, PhraseMatch<String> m) {
        String original = s.original();
        if (!Character.isUpperCase(original.charAt(m.start()))) {
            return null;
        }
        int end = original.length();
        for (int i = m.end(); i < original.length(); i++) {
            if (TITLE_STOPS.contains(String.valueOf(original.charAt(i)))) {
                end = i;
                break;
            }
        }
        String lowerTail = s.text().lower().substring(m.end(), end);
        for (String stop : TITLE_STOP_WORDS) {
            int at = lowerTail.indexOf(stop);
            if (at >= 0 && m.end() + at < end) {
                end = m.end() + at;
            }
        }
        return original.substring(m.start(), end).strip().replaceAll("\\s+", " ");
    }

    private static final class Draft {
        final AgreementType type;
        String title;
        final TreeSet<String> parties;
        PartialDate date;
        MoneyAmount value;
        /** Its sum follows an indefinite article ("a $20 million project"): a document not told before. */
        boolean newlyIntroduced;
        /** Read from a line of a list of documents under a heading. */
        boolean listed;
        /** What a gift in kind gives, as written ("two field hospitals"); null for other documents. */
        String goods;
        final List<SourceRef> sources = new ArrayList<>();

        Draft(AgreementType type, String title, TreeSet<String> parties, PartialDate date, MoneyAmount value,
              SourceRef source) {
            this.type = type;
            this.title = title;
            this.parties = parties;
            this.date = date;
            this.value = value;
            this.sources.add(source);
        }
    }

    /** The parties and date of the documents a heading lists. */
    private record Heading(TreeSet<String> parties, PartialDate date) {
    }
}
