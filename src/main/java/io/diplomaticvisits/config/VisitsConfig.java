package io.diplomaticvisits.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The service's own settings; each key is also read from its environment variable (VISITS_SEEDS_DIR ...). */
@ConfigMapping(prefix = "visits")
public interface VisitsConfig {

    /** Every regular file here is loaded as a document at start-up. */
    @WithDefault("seeds")
    Path seedsDir();

    String DATA_DIR_KEY = "visits.data-dir";
    String DEFAULT_DATA_DIR = "data";

    /** Home of the embedded H2 database (application.properties reads the same key). */
    @WithDefault(DEFAULT_DATA_DIR)
    Path dataDir();

    /** The key that write requests must present in X-API-Key; without one, writes are refused. Reads stay open. */
    Optional<String> apiKey();

    /** Origins allowed to call the API from a browser, comma-separated (application.properties reads the same key). */
    @WithDefault("*")
    String corsOrigins();

    /** How many answers to GET requests are kept for requests that come again before the store changes; 0: none. */
    @WithDefault("1000")
    int responseCacheSize();
}
