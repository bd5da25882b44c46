package io.diplomaticvisits.ingest;

import io.diplomaticvisits.extract.lexicon.TsvTable;
import io.diplomaticvisits.extract.model.Rank;
import io.diplomaticvisits.extract.text.CharFolding;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The rank of a normalised English title, read from the extractor's own title lexicon ({@code titles.tsv} and the
 * country forms of {@code title-by-country.tsv}), so that a title added there is ranked here with no code change.
 */
final class TitleRanks {

    private static final TitleRanks STANDARD = load();

    private final Map<String, Rank> byTitle;

    private TitleRanks(Map<String, Rank> byTitle) {
        this.byTitle = Map.copyOf(byTitle);
    }

    static TitleRanks standard() {
        return STANDARD;
    }

    private static TitleRanks load() {
        Map<String, Rank> byTitle = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load("titles.tsv").rows()) {
            byTitle.merge(key(row.get("title")), Rank.valueOf(row.get("rank")), TitleRanks::senior);
        }
        for (TsvTable.Row row : TsvTable.load("title-by-country.tsv").rows()) {
            Rank rank = byTitle.get(key(row.get("title")));
            if (rank != null) {
                byTitle.merge(key(row.get("qualified")), rank, TitleRanks::senior);
            }
        }
        return new TitleRanks(byTitle);
    }

    /** The most senior rank among the titles; null when none of them is listed. */
    Rank best(Collection<String> titles) {
        Rank best = null;
        for (String title : titles) {
            Rank rank = byTitle.get(key(title));
            if (rank != null) {
                best = best == null ? rank : senior(best, rank);
            }
        }
        return best;
    }

    private static Rank senior(Rank a, Rank b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static String key(String title) {
        return CharFolding.foldString(title.trim());
    }
}
