package io.relais.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API returns. */
public record ApiError(String error) {

    static Response response(Response.Status status, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(reason)).build();
    }
}
