package id.labinov.portal.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents a command's {@code If-Match} header. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The version the caller saw (the ETag, e.g."
    + " \"3\"); a stale one is refused with 412 and the current version. Leave out to act on any version.")
public @interface IfMatchHeader {}
