package io.diplomaticvisits.extract.mention;

/**
 * A country named in the text at {@code [start, end)}. {@code ambiguous} marks forms that are also common
 * Vietnamese name syllables or words ("Đức", "Anh", "Nga"), to be dropped when they sit inside a person's name.
 * {@code demonym} marks adjectival forms ("Russian", "Japanese").
 */
public record CountryMention(int start, int end, String code, boolean ambiguous, boolean demonym) {
}
