import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains each statement of a file (one per line; "-- /path" lines are headings, other "--" lines comments) on an H2 store and prints, under each,
 * how every table is read: by which index and condition, or "tableScan". Parameters are left unset, as H2 plans a
 * prepared statement before it knows them. Run by bench/query-plans.sh.
 */
public class QueryPlans {

    private static final Pattern ACCESS = Pattern.compile("/\\* (PUBLIC\\.[A-Z0-9_]+(?:\\.tableScan|: [^*]*?))\\s*\\*/",
            Pattern.DOTALL);

    public static void main(String[] args) throws Exception {
        int scans = 0;
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                if (line.startsWith("-- /")) {
                    System.out.println();
                    System.out.println(line.substring(3));
                } else if (!line.isBlank() && !line.startsWith("--")) {
                    String sql = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
                    System.out.println("  " + (sql.length() > 110 ? sql.substring(0, 110) + " ..." : sql));
                    for (String access : accesses(c, sql)) {
                        System.out.println("      " + access);
                        scans += access.endsWith("tableScan") ? 1 : 0;
                    }
                }
            }
        }
        System.out.println();
        System.out.println(scans + " table scans");
    }

    private static java.util.List<String> accesses(Connection c, String sql) throws Exception {
        try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setObject(i, null);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                java.util.List<String> out = new java.util.ArrayList<>();
                Matcher m = ACCESS.matcher(plan.getString(1));
                while (m.find()) {
                    String access = m.group(1).replaceAll("\\s+", " ").trim();
                    if (!out.contains(access)) {
                        out.add(access);
                    }
                }
                return out;
            }
        }
    }
}
