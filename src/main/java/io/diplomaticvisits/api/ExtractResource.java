package io.diplomaticvisits.api;

import io.diplomaticvisits.extract.Extractor;
import io.diplomaticvisits.extract.model.PartialDate;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Extracts the records of one text and returns them; stores nothing. */
@Path("/api/v1/extract")
public class ExtractResource {

    static final String DEFAULT_DOCUMENT_NAME = "request";

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public ExtractionReply extract(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("documentName") String documentName,
            @QueryParam("publishedAt") String publishedAt) {
        TextBody.requireUtf8(contentType, MediaType.TEXT_PLAIN);
        String text = TextBody.decode(body);
        PartialDate anchor = QueryParams.partialDate("publishedAt", publishedAt);
        TextBody.requireArticle(text, "body");
        String name = documentName == null || documentName.isBlank() ? DEFAULT_DOCUMENT_NAME : documentName.trim();
        return ExtractionReply.of(Extractor.standard().extract(name, text, anchor));
    }
}
