package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.PartialDate;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Extracts the records of one text and returns them; stores nothing. */
@Path("/api/v1/extract")
public class ExtractResource {

    static final String DEFAULT_DOCUMENT_NAME = "request";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public ExtractionReply extract(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("documentName") String documentName,
            @QueryParam("publishedAt") String publishedAt) {
        requireUtf8(contentType);
        if (body != null && body.length > BodySizeLimit.MAX_BYTES) {
            throw HttpProblem.builder().withStatus(413).withTitle("Content Too Large")
                    .withDetail(BodySizeLimit.tooLargeDetail()).build();
        }
        PartialDate anchor = QueryParams.partialDate("publishedAt", publishedAt);
        String text = decode(body);
        if (text.isBlank()) {
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("The body is empty: send the text to extract from").build();
        }
        String name = documentName == null || documentName.isBlank() ? DEFAULT_DOCUMENT_NAME : documentName.trim();
        return ExtractionReply.of(Extractor.standard().extract(name, text, anchor));
    }

    private static void requireUtf8(String contentType) {
        if (contentType == null) {
            return;
        }
        String charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw HttpProblem.builder().withStatus(415).withTitle("Unsupported Media Type")
                    .withDetail("The body must be text/plain in UTF-8, not charset " + charset).build();
        }
    }

    /**
     * The body as text without a byte-order mark (offsets in the reply count from after it); 400 at the first byte
     * that is not UTF-8.
     */
    private static String decode(byte[] body) {
        if (body == null) {
            return "";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("The body is not valid UTF-8: bad byte at offset " + in.position()).build();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        return text;
    }
}
