package io.relais.web.api;

import io.relais.shared.Refusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every refusal, from any module, becomes the status its kind says, with the reason in English
 * ({@code error}) and the refusal's details beside it (the findings of a check, the holder of an
 * identity). A module that adds a reason or a refusal changes nothing here.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    static final String RETRY_AFTER = "retryAfterSeconds";

    @Override
    public Response toResponse(Refusal refusal) {
        Object body;
        if (refusal.details().isEmpty()) {
            // Most refusals (a forged webhook call among them) say only why: a record JSON-B knows by heart.
            body = new ApiError(refusal.getMessage());
        } else {
            Map<String, Object> withDetails = new LinkedHashMap<>();
            withDetails.put("error", refusal.getMessage());
            withDetails.putAll(refusal.details());
            body = withDetails;
        }
        Response.ResponseBuilder response = Response.status(status(refusal.kind())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body);
        Object retryAfter = refusal.details().get(RETRY_AFTER);
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return response.build();
    }

    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case UNPROCESSABLE -> 422;
            case UNAVAILABLE -> 503;
        };
    }
}
