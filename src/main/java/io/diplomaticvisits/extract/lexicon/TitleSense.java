package io.diplomaticvisits.extract.lexicon;

import io.diplomaticvisits.extract.model.Rank;

/**
 * What a listed title means: its normalised English form, its rank, the language it is written in ("vi", "en")
 * and the country it implies when the text names none ({@code homeCountry}, null for titles every state has).
 */
public record TitleSense(String title, Rank rank, String language, String homeCountry) {

    public boolean vietnamese() {
        return "vi".equals(language);
    }
}
