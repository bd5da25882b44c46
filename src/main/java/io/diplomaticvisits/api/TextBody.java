package io.diplomaticvisits.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body that must be an article's text: at most 1 MiB, UTF-8, not blank, not a binary file. Each check
 * that fails is a problem saying what was wrong, so that no such body reaches the extractor or the store.
 */
final class TextBody {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** More control characters than this share of the text (in percent) makes it a binary file, not an article. */
    static final int MAX_CONTROL_PERCENT = 1;

    private TextBody() {
    }

    /** 415 unless the declared charset, if any, is UTF-8. */
    static void requireUtf8(String contentType, String mediaType) {
        if (contentType == null) {
            return;
        }
        String charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw HttpProblem.builder().withStatus(415).withTitle("Unsupported Media Type")
                    .withDetail("The body must be " + mediaType + " in UTF-8, not charset " + charset).build();
        }
    }

    /**
     * The body as text without a byte-order mark (offsets count from after it): 413 over 1 MiB (a body sent without
     * a Content-Length gets this far), 400 at the first byte that is not UTF-8.
     */
    static String decode(byte[] body) {
        if (body == null) {
            return "";
        }
        if (body.length > BodySizeLimit.MAX_BYTES) {
            throw HttpProblem.builder().withStatus(413).withTitle("Content Too Large")
                    .withDetail(BodySizeLimit.tooLargeDetail()).build();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String utf16 = isUtf16ByteOrderMark(body) ? " (it starts like UTF-16)" : "";
            throw badRequest("The body is not valid UTF-8" + utf16 + ": bad byte at offset " + in.position()
                    + "; send the text encoded in UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    private static boolean isUtf16ByteOrderMark(byte[] body) {
        return body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
                || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF));
    }

    /** 400 when the text is blank, or is a binary file: a NUL character, or too many other control characters. */
    static String requireArticle(String text, String what) {
        if (text.codePoints().allMatch(TextBody::isBlank)) {
            throw badRequest("The " + what + " is empty: send the text of an article");
        }
        if (text.indexOf('\0') >= 0) {
            throw badRequest("The " + what + " contains NUL characters: it looks like a binary file (or UTF-16),"
                    + " not UTF-8 text");
        }
        long controls = text.chars().filter(TextBody::isStrayControl).count();
        if (controls * 100 > (long) text.length() * MAX_CONTROL_PERCENT) {
            throw badRequest("The " + what + " is " + controls + " control characters out of " + text.length()
                    + ": it looks like a binary file, not text");
        }
        return text;
    }

    /** White space of any kind, including no-break spaces, and invisible format characters (zero-width space). */
    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** A C0 or C1 control character other than the tab, line and page breaks text uses. */
    private static boolean isStrayControl(int c) {
        return Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x85;
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail(detail).build();
    }
}
