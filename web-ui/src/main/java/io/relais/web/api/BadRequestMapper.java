package io.relais.web.api;

import io.relais.routing.boundary.InvalidStaffRequestException;
import io.relais.timeline.boundary.InvalidCustomerProfileException;
import io.relais.timeline.boundary.InvalidInteractionException;
import io.relais.timeline.boundary.UnknownRecordException;
import io.relais.timeline.boundary.InvalidIdentityException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business rules a request broke become 400 (or 404) with the rule's own words. */
@Provider
public class BadRequestMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof InvalidStaffRequestException || exception instanceof InvalidIdentityException
                || exception instanceof InvalidInteractionException
                || exception instanceof InvalidCustomerProfileException) {
            return ApiError.response(Response.Status.BAD_REQUEST, exception.getMessage());
        }
        if (exception instanceof JsonbException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "the request body is not the JSON this endpoint expects");
        }
        if (exception instanceof UnknownRecordException) {
            return ApiError.response(Response.Status.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof jakarta.ws.rs.WebApplicationException web) {
            Response original = web.getResponse();
            String reason = web.getMessage() == null ? "HTTP " + original.getStatus() : web.getMessage();
            return ApiError.response(Response.Status.fromStatusCode(original.getStatus()), reason);
        }
        return UnexpectedErrorMapper.unexpected(exception);
    }
}
