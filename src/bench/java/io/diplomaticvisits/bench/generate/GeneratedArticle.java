package io.diplomaticvisits.bench.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One synthetic article: its file name, language ("vi" or "en"), text, and expected records (a gold document). */
public record GeneratedArticle(String name, String language, String text, ObjectNode gold) {
}
