package id.labinov.portal.api;

import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InputLimitException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.portal.reports.UnknownReportException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}) in the caller's
 * language: a {@code type} URI per code ({@code https://labinov.id/problems/<code>}), {@code title},
 * {@code status}, {@code detail}, {@code instance}, and labinov's {@code code} with {@code errors} (what
 * was wrong in the request, each with field and fix) or {@code reasons} (why labinov refused, each with
 * message and fix). Nothing internal reaches the caller: an unexpected failure is a bare 500 with an
 * incident id that the log line also carries.
 *
 * <ul>
 *   <li>a body or parameter the API cannot take, labinov's {@code InvalidValueException}: 400;</li>
 *   <li>an innovation that does not exist: 404;</li>
 *   <li>outside the caller's scope, or refused by labinov's authorisation (role, own OPD, own team): 403;</li>
 *   <li>refused because of the innovation's present state (wrong stage or status, no such move, already
 *       done): 409;</li>
 *   <li>refused because the gate's requirements are not met, or an idempotency key reused for another
 *       request: 422;</li>
 *   <li>a stale {@code If-Match}: 412 with the current version in {@code currentVersion} and {@code ETag}.</li>
 * </ul>
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {
  /** The base of every problem type URI. */
  public static final String TYPE_BASE = "https://labinov.id/problems/";

  /** Codes that say the caller may not do this (whoever they are, not what the innovation lacks): 403. */
  static final Set<String> FORBIDDING = Set.of("OUTSIDE_SCOPE", "SCOPE_READ_ONLY", "ACTOR_WITHOUT_SCOPE",
      "NOT_OWN_OPD", "NOT_INNOVATION_TEAM", "ROLE_NOT_PERMITTED", "ROLE_NOT_HELD", "OTHER_OPD", "ACTOR_OTHER_OPD",
      "ACTOR_NOT_ON_TEAM", "ACTOR_OUTSIDE_REGION", "CONFLICT_OF_INTEREST_OPD", "CONFLICT_OF_INTEREST_INNOVATOR");

  /** Codes that say the innovation's present state does not allow this: 409. */
  static final Set<String> CONFLICTING = Set.of("WRONG_STAGE", "WRONG_STATUS", "NO_TRANSITION", "ALREADY_APPROVED",
      "ALREADY_EXISTS", "NOTHING_CHANGED", "DUPLICATE_EVIDENCE", "WRONG_TRANSITION_KIND", "SAME_OPD", "SAME_OWNER",
      "STAGE_NOT_IN_RULEBOOK", "ALREADY_ON_VERSION", "NO_OPEN_CONDITIONS", "NO_SUCH_CONDITION");

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
  private final ApiTexts texts;

  /**
   * One thing wrong with a request.
   *
   * @param code the code
   * @param field the field, header or parameter, or {@code null}
   * @param message what is wrong
   * @param fix how to put it right
   */
  @Schema(name = "ProblemError", description = "One thing wrong with the request: field, message and fix")
  public record ProblemError(String code, String field, String message, String fix) {}

  /**
   * Creates the advice.
   *
   * @param texts the API's words
   */
  public ApiProblems(ApiTexts texts) {
    this.texts = texts;
  }

  /**
   * A refused command: 403, 409 or 422 with every reason.
   *
   * @param e the refusal
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(CommandRefusedException.class)
  public ResponseEntity<ProblemDetail> refused(CommandRefusedException e, HttpServletRequest request, Locale locale) {
    Verdict verdict = e.result().verdict();
    Rulebook rulebook = e.rulebook();
    List<Violation> refusals = verdict.refusals();
    HttpStatus status = statusOf(refusals);
    String code = refusals.isEmpty() ? "REFUSED" : refusals.get(0).code();
    String detail = texts.t(locale, "api.problem.refused.detail", refusals.stream()
        .map(v -> v.message(locale, rulebook)).collect(Collectors.joining(" ")));
    ProblemDetail p = problem(status, code, "api.problem.refused." + status.value(), detail, request, locale);
    p.setProperty("codes", verdict.refusals().stream().map(Violation::code).toList());
    p.setProperty("reasons", texts.reasons(verdict, rulebook, locale));
    HttpHeaders headers = new HttpHeaders();
    e.result().findState().ifPresent(s -> {
      p.setProperty("currentVersion", s.version());
      headers.setETag(Preconditions.etag(s.version()));
    });
    return respond(p, headers, locale);
  }

  /**
   * Which status a refusal gets: 403 when a reason says the caller may not act, else 409 when the
   * innovation's state stands in the way, else 422.
   *
   * @param refusals the refusing reasons
   * @return the status
   */
  static HttpStatus statusOf(List<Violation> refusals) {
    if (refusals.stream().anyMatch(v -> v.severity() == Severity.MUST && FORBIDDING.contains(v.code()))) {
      return HttpStatus.FORBIDDEN;
    }
    if (refusals.stream().anyMatch(v -> CONFLICTING.contains(v.code()))) {
      return HttpStatus.CONFLICT;
    }
    return HttpStatus.UNPROCESSABLE_CONTENT;
  }

  /**
   * A request the API cannot take: 400 naming the field.
   *
   * @param e what is wrong
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(ApiBadRequestException.class)
  public ResponseEntity<ProblemDetail> badRequest(ApiBadRequestException e, HttpServletRequest request,
      Locale locale) {
    Object[] args = e.arguments().toArray();
    String message = texts.t(locale, e.messageKey(), args);
    return badRequest(e.code(), e.field(), message, texts.t(locale, e.messageKey() + ".fix", args), request, locale);
  }

  /**
   * A value labinov rejects: 400 naming the field.
   *
   * @param e labinov's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(InvalidValueException.class)
  public ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, HttpServletRequest request,
      Locale locale) {
    return badRequest(e.code(), e.field(), e.getMessage(Messages.resolve(locale)),
        texts.t(locale, "api.fix.INVALID_VALUE", e.field()), request, locale);
  }

  /**
   * An input over one of labinov's limits: 400.
   *
   * @param e labinov's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(InputLimitException.class)
  public ResponseEntity<ProblemDetail> inputLimit(InputLimitException e, HttpServletRequest request, Locale locale) {
    return badRequest(e.code(), null, e.getMessage(Messages.resolve(locale)), texts.t(locale, "api.fix.INPUT_LIMIT"),
        request, locale);
  }

  /**
   * A body that is not JSON, or whose values are of the wrong type: 400 naming where.
   *
   * @param e Spring's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
      Locale locale) {
    String field = null;
    Throwable cause = e.getCause();
    if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
      field = j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
    }
    String code = field == null ? "MALFORMED_JSON" : "WRONG_JSON_TYPE";
    String key = "api.error." + code;
    return badRequest(code, field, texts.t(locale, key, field), texts.t(locale, key + ".fix", field), request, locale);
  }

  /**
   * A path or query parameter of the wrong form: 400 naming it.
   *
   * @param e Spring's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> parameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
      Locale locale) {
    return badRequest("INVALID_PARAMETER", e.getName(), texts.t(locale, "api.error.INVALID_PARAMETER", e.getName()),
        texts.t(locale, "api.error.INVALID_PARAMETER.fix", e.getName()), request, locale);
  }

  /**
   * A required header or parameter left out: 400 naming it.
   *
   * @param e Spring's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler({MissingRequestHeaderException.class, MissingServletRequestParameterException.class})
  public ResponseEntity<ProblemDetail> missing(Exception e, HttpServletRequest request, Locale locale) {
    String name = e instanceof MissingRequestHeaderException h ? h.getHeaderName()
        : ((MissingServletRequestParameterException) e).getParameterName();
    return badRequest("FIELD_MISSING", name, texts.t(locale, "api.error.FIELD_MISSING", name),
        texts.t(locale, "api.error.FIELD_MISSING.fix", name), request, locale);
  }

  private ResponseEntity<ProblemDetail> badRequest(String code, String field, String message, String fix,
      HttpServletRequest request, Locale locale) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, code, "api.problem.badRequest", message, request, locale);
    p.setProperty("errors", List.of(new ProblemError(code, field, message, fix)));
    return respond(p, new HttpHeaders(), locale);
  }

  /**
   * No such innovation: 404.
   *
   * @param e labinov's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(NoSuchInnovationException.class)
  public ResponseEntity<ProblemDetail> notFound(NoSuchInnovationException e, HttpServletRequest request,
      Locale locale) {
    ProblemDetail p = problem(HttpStatus.NOT_FOUND, e.code(), "api.problem.notFound",
        e.getMessage(Messages.resolve(locale)), request, locale);
    p.setProperty("errors", List.of(new ProblemError(e.code(), "id", e.getMessage(Messages.resolve(locale)),
        texts.t(locale, "api.fix.NO_SUCH_INNOVATION"))));
    return respond(p, new HttpHeaders(), locale);
  }

  /**
   * No report by that code, or not in that format: 404, with the valid choices.
   *
   * @param e the portal's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(UnknownReportException.class)
  public ResponseEntity<ProblemDetail> unknownReport(UnknownReportException e, HttpServletRequest request,
      Locale locale) {
    String code = e.what() == UnknownReportException.What.KIND ? "UNKNOWN_REPORT" : "UNKNOWN_FORMAT";
    ProblemDetail p = problem(HttpStatus.NOT_FOUND, code, "api.problem.notFound", e.message(locale), request, locale);
    p.setProperty("valid", e.valid());
    return respond(p, new HttpHeaders(), locale);
  }

  /**
   * Outside the caller's scope: 403.
   *
   * @param e labinov's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(OutsideScopeException.class)
  public ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException e, HttpServletRequest request,
      Locale locale) {
    String message = e.getMessage(Messages.resolve(locale));
    ProblemDetail p = problem(HttpStatus.FORBIDDEN, e.code(), "api.problem.forbidden", message, request, locale);
    p.setProperty("reasons", List.of(new ApiViews.Reason(e.code(), Severity.MUST.name(), message,
        texts.t(locale, "api.fix.OUTSIDE_SCOPE"))));
    return respond(p, new HttpHeaders(), locale);
  }

  /**
   * A stale expected version: 412 (the caller's {@code If-Match}) or 409 (a concurrent change that
   * retries could not overcome), with the current version.
   *
   * @param e labinov's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(VersionConflictException.class)
  public ResponseEntity<ProblemDetail> versionConflict(VersionConflictException e, HttpServletRequest request,
      Locale locale) {
    String header = request.getHeader(HttpHeaders.IF_MATCH);
    // If-Match: * expects no particular version: a conflict then is a concurrent change (409), not a stale one.
    boolean ifMatch = header != null && !header.trim().equals("*");
    HttpStatus status = ifMatch ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
    ProblemDetail p = problem(status, e.code(), "api.problem.versionConflict",
        texts.t(locale, ifMatch ? "api.error.STALE_IF_MATCH" : "api.error.CONCURRENT_CHANGE", e.expected(), e.actual()),
        request, locale);
    p.setProperty("currentVersion", e.actual());
    p.setProperty("expectedVersion", e.expected());
    p.setProperty("errors", List.of(new ProblemError(e.code(), ifMatch ? HttpHeaders.IF_MATCH : null,
        e.getMessage(Messages.resolve(locale)), texts.t(locale, "api.fix.VERSION_CONFLICT", e.actual()))));
    HttpHeaders headers = new HttpHeaders();
    headers.setETag(Preconditions.etag(e.actual()));
    return respond(p, headers, locale);
  }

  /**
   * An idempotency key used before for another request: 422.
   *
   * @param e labinov's exception
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(IdempotencyKeyReusedException.class)
  public ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e, HttpServletRequest request,
      Locale locale) {
    String message = texts.t(locale, "api.error.IDEMPOTENCY_KEY_REUSED");
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), "api.problem.keyReused", message, request,
        locale);
    p.setProperty("errors", List.of(new ProblemError(e.code(), Preconditions.IDEMPOTENCY_KEY, message,
        texts.t(locale, "api.fix.IDEMPOTENCY_KEY_REUSED"))));
    return respond(p, new HttpHeaders(), locale);
  }

  /**
   * Anything unexpected: 500 with an incident id and nothing internal; the log line carries the same id.
   * Spring's own request errors (method not allowed, media type not supported, ...) keep their status.
   *
   * @param e the failure
   * @param request the request
   * @param locale the caller's language
   * @return the problem
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, Locale locale) {
    if (e instanceof ErrorResponse spring && spring.getStatusCode().value() < 500) {
      // Spring's own request errors (method not allowed, media type not supported, ...): their status
      int status = spring.getStatusCode().value();
      ProblemDetail p = problem(HttpStatus.valueOf(status), "HTTP_" + status, "api.problem.http",
          texts.t(locale, "api.error.HTTP", status), request, locale);
      return respond(p, spring.getHeaders(), locale);
    }
    String incident = UUID.randomUUID().toString();
    LOG.error("API failure, incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
    ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "api.problem.internal",
        texts.t(locale, "api.error.INTERNAL", incident), request, locale);
    p.setProperty("incident", incident);
    return respond(p, new HttpHeaders(), locale);
  }

  private ProblemDetail problem(HttpStatus status, String code, String titleKey, String detail,
      HttpServletRequest request, Locale locale) {
    ProblemDetail p = ProblemDetail.forStatus(status);
    p.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
    p.setTitle(texts.t(locale, titleKey));
    p.setDetail(detail);
    p.setInstance(URI.create(request.getRequestURI()));
    p.setProperty("code", code);
    return p;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail p, HttpHeaders headers, Locale locale) {
    HttpHeaders out = new HttpHeaders();
    out.addAll(headers);
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    out.set(HttpHeaders.CONTENT_LANGUAGE, Messages.resolve(locale).toLanguageTag());
    return ResponseEntity.status(p.getStatus()).headers(out).body(p);
  }
}
