package io.relais.web.api;

import io.relais.channels.boundary.InboundQueueFullException;
import io.relais.channels.boundary.InvalidEndpointException;
import io.relais.channels.boundary.InvalidInboundMessageException;
import io.relais.channels.boundary.NoReplyAddressException;
import io.relais.channels.boundary.UnknownDeadLetterException;
import io.relais.channels.boundary.UnknownMailboxException;
import io.relais.channels.webhook.WebhookClosedException;
import io.relais.channels.webhook.WebhookRefusedException;
import io.relais.responses.boundary.LibraryRecords;
import io.relais.responses.boundary.LibraryRefusalException;
import io.relais.responses.boundary.UnknownLibraryEntryException;
import io.relais.routing.boundary.InvalidCommitmentException;
import io.relais.routing.boundary.InvalidStaffRequestException;
import io.relais.routing.boundary.RoutingRefusedException;
import io.relais.routing.boundary.UnknownRoutingRecordException;
import io.relais.timeline.boundary.InvalidCustomerProfileException;
import io.relais.timeline.boundary.InvalidInteractionException;
import io.relais.timeline.boundary.ErasedCustomerException;
import io.relais.timeline.boundary.IdentityTakenException;
import io.relais.timeline.boundary.InvalidMergeException;
import io.relais.timeline.boundary.UnknownRecordException;
import io.relais.timeline.boundary.InvalidIdentityException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Business rules a request broke become 400 with the rule's own words; an unknown record 404, a
 * conflict with the records' state (a merge that cannot be done, an identity someone else has)
 * 409, an erased customer 410.
 */
@Provider
public class BadRequestMapper implements ExceptionMapper<RuntimeException> {

    /** A 409 for an identity another customer holds: who holds it, so that a merge can follow. */
    public record IdentityTaken(String error, String holderId) {
    }

    /** A refused library change: the reason, and each finding with its field and one-click fix. */
    public record LibraryRefusal(String error, List<LibraryRecords.FindingView> findings) {
    }

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof LibraryRefusalException refusal) {
            return Response.status(refusal.isUnsendable() ? 422
                            : refusal.isConflict() ? Response.Status.CONFLICT.getStatusCode()
                            : Response.Status.BAD_REQUEST.getStatusCode())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new LibraryRefusal(refusal.getMessage(), refusal.findings())).build();
        }
        if (exception instanceof InvalidCommitmentException invalid) {
            return ApiError.response(invalid.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST,
                    invalid.getMessage());
        }
        if (exception instanceof RoutingRefusedException refused) {
            return ApiError.response(refused.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST,
                    refused.getMessage());
        }
        if (exception instanceof UnknownRoutingRecordException) {
            return ApiError.response(Response.Status.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof InvalidInboundMessageException) {
            return ApiError.response(Response.Status.BAD_REQUEST, exception.getMessage());
        }
        if (exception instanceof WebhookRefusedException) {
            return ApiError.response(Response.Status.UNAUTHORIZED, exception.getMessage());
        }
        if (exception instanceof InboundQueueFullException) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(exception.getMessage())).build();
        }
        if (exception instanceof WebhookClosedException) {
            return ApiError.response(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage());
        }
        if (exception instanceof InvalidEndpointException) {
            return ApiError.response(Response.Status.BAD_REQUEST, exception.getMessage());
        }
        if (exception instanceof UnknownDeadLetterException || exception instanceof UnknownMailboxException) {
            return ApiError.response(Response.Status.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof UnknownLibraryEntryException) {
            return ApiError.response(Response.Status.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof InvalidStaffRequestException || exception instanceof InvalidIdentityException
                || exception instanceof InvalidInteractionException
                || exception instanceof InvalidCustomerProfileException) {
            return ApiError.response(Response.Status.BAD_REQUEST, exception.getMessage());
        }
        if (exception instanceof JsonbException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "the request body is not the JSON this endpoint expects");
        }
        if (exception instanceof IdentityTakenException taken) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new IdentityTaken(taken.getMessage(), taken.holderId().toString())).build();
        }
        if (exception instanceof InvalidMergeException || exception instanceof NoReplyAddressException) {
            return ApiError.response(Response.Status.CONFLICT, exception.getMessage());
        }
        if (exception instanceof ErasedCustomerException) {
            return ApiError.response(Response.Status.GONE, exception.getMessage());
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
