package id.labinov.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the API ({@code /v3/api-docs}): its description, the two ways to sign in
 * (a bearer token, or HTTP Basic over TLS) and the RFC 9457 problem every error is answered with.
 */
@Configuration
public class ApiDocumentation {
  /** The bearer token scheme's name. */
  public static final String BEARER = "bearer";
  /** The HTTP Basic scheme's name. */
  public static final String BASIC = "basic";
  /** The reference of the problem schema. */
  public static final String PROBLEM = "#/components/schemas/Problem";

  /**
   * The document's frame; springdoc adds the paths from the controllers' annotations.
   *
   * @return the document
   */
  @Bean
  public OpenAPI labinovOpenApi() {
    return new OpenAPI()
        .info(new Info().title("labinov lab portal API").version("0.1.0")
            .description("The innovation lab over HTTP, for other systems (e.g. a region's e-government"
                + " applications): propose, read, check and move innovations through the lab's stages, and judge a"
                + " transition on facts kept elsewhere (rules only). Each call signs in with a bearer token or HTTP"
                + " Basic and acts as that person: labinov's own policy decides what they may read and do."
                + " Texts come in the language of Accept-Language (id or en; Indonesian by default). Errors are"
                + " RFC 9457 problems (application/problem+json) with labinov's codes, messages and fixes.")
            .license(new License().name("Apache-2.0")))
        .components(new Components()
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Authorization: Bearer <token>; the token a lab administrator issued to the system"))
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("HTTP Basic with the portal user's name and password (over TLS only)"))
            .addSchemas("Problem", problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList(BEARER))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    Schema item = new ObjectSchema()
        .addProperty("code", new StringSchema().description("labinov's code"))
        .addProperty("field", new StringSchema().description("the field, header or parameter concerned"))
        .addProperty("severity", new StringSchema().description("MUST (refuses) or SHOULD (warns)"))
        .addProperty("message", new StringSchema().description("what is wrong, in the requested language"))
        .addProperty("fix", new StringSchema().description("what to do about it, in the requested language"));
    return new ObjectSchema()
        .description("An RFC 9457 problem detail, with labinov's codes, messages and fixes")
        .addProperty("type", new StringSchema().format("uri").description("https://labinov.id/problems/<code>"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("code", new StringSchema().description("labinov's code, e.g. EVIDENCE_MISSING"))
        .addProperty("codes", new ArraySchema().items(new StringSchema()).description("every refusing code"))
        .addProperty("errors", new ArraySchema().items(item).description("what is wrong in the request"))
        .addProperty("reasons", new ArraySchema().items(item).description("why labinov refused"))
        .addProperty("currentVersion", new IntegerSchema().format("int64")
            .description("the innovation's current version (412, and refusals)"))
        .addProperty("incident", new StringSchema().description("the incident id of an unexpected failure (500)"));
  }
}
