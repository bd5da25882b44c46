package io.diplomaticvisits.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/** Adds the RFC 8288 {@code Link} header (next, prev) to every page of a listing, keeping the request's filters. */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page) || response.getStatus() != 200) {
            return;
        }
        List<String> links = new ArrayList<>();
        if (page.page() + 1 < page.totalPages()) {
            links.add(link(request, page.page() + 1, "next"));
        }
        if (page.page() > 0 && page.totalPages() > 0) {
            links.add(link(request, Math.min(page.page() - 1, (int) page.totalPages() - 1), "prev"));
        }
        if (!links.isEmpty()) {
            response.getHeaders().putSingle("Link", String.join(", ", links));
        }
    }

    private static String link(ContainerRequestContext request, int page, String relation) {
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("page", page);
        return "<" + uri.build() + ">; rel=\"" + relation + "\"";
    }
}
