package id.labinov.portal.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents a command's {@code Idempotency-Key} header. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "A key of the caller's choosing (1-200"
    + " visible ASCII characters): a retry with the same key and body gets the first answer and appends nothing;"
    + " the same key with another body is refused with 422.")
public @interface IdempotencyHeader {}
