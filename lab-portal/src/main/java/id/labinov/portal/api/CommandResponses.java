package id.labinov.portal.api;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;

/** The answers every command on an existing innovation may give, for the OpenAPI document. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "Accepted (or a replay of the same Idempotency-Key and body: the"
    + " first answer, with Idempotent-Replayed: true); the new state", headers = @Header(name = "ETag",
        description = "The new version in quotes"))
@ApiResponse(responseCode = "404", description = "No such innovation", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
@ApiResponse(responseCode = "409", description = "Refused because of the present state (wrong stage or status, no"
    + " such move, already done); reasons with fixes", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
@ApiResponse(responseCode = "412", description = "If-Match names a stale version: currentVersion in the body and"
    + " the ETag header", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
@ApiResponse(responseCode = "422", description = "Refused by the gate's requirements (reasons with codes, messages"
    + " and fixes), or the Idempotency-Key was used for another request", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
public @interface CommandResponses {}
