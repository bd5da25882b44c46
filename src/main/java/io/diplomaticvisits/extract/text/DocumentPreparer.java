package io.diplomaticvisits.extract.text;

import io.diplomaticvisits.extract.model.Language;
import io.diplomaticvisits.extract.model.PartialDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the text stages in order: normalise, split into paragraphs, mark boilerplate and repeats, tell the
 * language of each paragraph and of the document, split every paragraph into sentences (boilerplate ones too:
 * later stages skip them by {@link Paragraph#boilerplate()}). The publication date is left unknown here.
 */
public final class DocumentPreparer {

    private final TextNormaliser normaliser;
    private final ParagraphSplitter paragraphSplitter;
    private final BoilerplateMarker boilerplateMarker;
    private final DuplicateFinder duplicateFinder;
    private final LanguageDetector languageDetector;
    private final SentenceSplitter sentenceSplitter;

    public DocumentPreparer() {
        this(new TextNormaliser(), new ParagraphSplitter(), new BoilerplateMarker(), new DuplicateFinder(),
                new LanguageDetector(), new SentenceSplitter());
    }

    public DocumentPreparer(TextNormaliser normaliser, ParagraphSplitter paragraphSplitter,
            BoilerplateMarker boilerplateMarker, DuplicateFinder duplicateFinder,
            LanguageDetector languageDetector, SentenceSplitter sentenceSplitter) {
        this.normaliser = normaliser;
        this.paragraphSplitter = paragraphSplitter;
        this.boilerplateMarker = boilerplateMarker;
        this.duplicateFinder = duplicateFinder;
        this.languageDetector = languageDetector;
        this.sentenceSplitter = sentenceSplitter;
    }

    public PreparedDocument prepare(String raw) {
        NormalisedText normalised = normaliser.normalise(raw);
        String text = normalised.text();
        List<ParagraphSpan> spans = paragraphSplitter.split(text);
        boolean[] boilerplate = boilerplateMarker.mark(text, spans);
        int[] duplicateOf = duplicateFinder.firstOccurrences(text, spans);
        List<Paragraph> guessed = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            ParagraphSpan span = spans.get(i);
            Language language = languageDetector.guess(text, span.start(), span.end());
            guessed.add(new Paragraph(i, span.start(), span.end(), language, boilerplate[i], duplicateOf[i]));
        }
        Language documentLanguage = languageDetector.documentLanguage(guessed);
        List<Paragraph> paragraphs = new ArrayList<>(guessed.size());
        for (Paragraph p : guessed) {
            paragraphs.add(p.language() != null ? p
                    : new Paragraph(p.index(), p.start(), p.end(), documentLanguage, p.boilerplate(), p.duplicateOf()));
        }
        List<Sentence> sentences = sentenceSplitter.split(text, paragraphs);
        return new PreparedDocument(text, normalised.toOriginal(), documentLanguage, List.copyOf(paragraphs),
                List.copyOf(sentences), PartialDate.UNKNOWN);
    }
}
