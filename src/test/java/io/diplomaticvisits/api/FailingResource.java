package io.diplomaticvisits.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoint that fails the way a bug would, to see what a client gets. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException("database exploded at io.diplomaticvisits.Secret.method(Secret.java:42)");
    }
}
