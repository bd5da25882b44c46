package io.diplomaticvisits.extract.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Country mentions made by hand for a test sentence: each form is given with its code, "~" before the form
 * marks a demonym, "?" an ambiguous form. Every whole-word occurrence of the form becomes a mention.
 */
final class HandCountries {

    private HandCountries() {
    }

    static List<CountryMention> in(String text, String... formsAndCodes) {
        List<CountryMention> out = new ArrayList<>();
        for (int k = 0; k + 1 < formsAndCodes.length; k += 2) {
            String form = formsAndCodes[k];
            boolean demonym = form.startsWith("~");
            boolean ambiguous = form.startsWith("?");
            if (demonym || ambiguous) {
                form = form.substring(1);
            }
            int from = 0;
            int at;
            while ((at = text.indexOf(form, from)) >= 0) {
                int end = at + form.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole) {
                    out.add(new CountryMention(at, end, formsAndCodes[k + 1], ambiguous, demonym));
                }
                from = at + 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
