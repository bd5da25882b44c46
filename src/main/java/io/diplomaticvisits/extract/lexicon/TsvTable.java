package io.diplomaticvisits.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon file: tab-separated, a header line naming the columns, {@code #} comments and blank lines
 * skipped, every cell NFC-normalised and stripped.
 */
public final class TsvTable {

    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Loads {@code lexicon/NAME} from the class path. */
    public static TsvTable load(String name) {
        String path = "lexicon/" + name;
        ClassLoader loader = TsvTable.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon file missing from the class path: " + path);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + path, e);
        }
    }

    static TsvTable parse(BufferedReader reader, String where) throws IOException {
        List<String> header = null;
        Map<String, Integer> index = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = Normalizer.normalize(cells[i].strip(), Normalizer.Form.NFC);
            }
            if (header == null) {
                header = List.of(cells);
                for (int i = 0; i < cells.length; i++) {
                    index.put(cells[i], i);
                }
                continue;
            }
            if (cells.length > header.size()) {
                throw new IllegalStateException(where + ":" + number + " has " + cells.length
                        + " cells, the header " + header.size());
            }
            rows.add(new Row(cells, index, where, number));
        }
        if (header == null) {
            throw new IllegalStateException(where + " has no header line");
        }
        return new TsvTable(header, Collections.unmodifiableList(rows));
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One line of a lexicon file; a missing trailing cell reads as the empty string. */
    public static final class Row {
        private final String[] cells;
        private final Map<String, Integer> index;
        private final String file;
        private final int line;

        Row(String[] cells, Map<String, Integer> index, String file, int line) {
            this.cells = cells;
            this.index = index;
            this.file = file;
            this.line = line;
        }

        public String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("No column " + column + " in " + where());
            }
            return i < cells.length ? cells[i] : "";
        }

        /** The cell split on {@code |}, empty parts dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        /** The file and line number, for messages; built when asked, as few rows are ever named in one. */
        public String where() {
            return file + ":" + line;
        }
    }
}
