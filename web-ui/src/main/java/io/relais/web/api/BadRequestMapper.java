package io.relais.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the REST layer itself refuses: a body that is not the JSON an endpoint expects, and the
 * 4xx a resource raised while parsing (a missing field, an id that is not one), each with its
 * reason. The modules' refusals go through {@link RefusalMapper}; anything else is unexpected.
 */
@Provider
public class BadRequestMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof JsonbException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "the request body is not the JSON this endpoint expects");
        }
        if (exception instanceof WebApplicationException web) {
            Response original = web.getResponse();
            String reason = web.getMessage() == null ? "HTTP " + original.getStatus() : web.getMessage();
            return ApiError.response(Response.Status.fromStatusCode(original.getStatus()), reason);
        }
        return UnexpectedErrorMapper.unexpected(exception);
    }
}
