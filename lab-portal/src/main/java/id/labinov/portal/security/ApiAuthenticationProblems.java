package id.labinov.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an API call without valid credentials (401), without the right (403) or with a command
 * that is not JSON (415) as an RFC 9457 problem detail ({@code application/problem+json}) in the caller's language, with labinov-style
 * codes ({@code UNAUTHENTICATED}, {@code FORBIDDEN}) and a {@code WWW-Authenticate} header naming both
 * schemes the API takes.
 */
@Component
public class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final MessageSource messages;
  private final LocaleResolver locales;

  /**
   * Creates the handler.
   *
   * @param messages the portal's messages
   * @param locales how the caller's language is chosen
   */
  public ApiAuthenticationProblems(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"labinov\", Basic realm=\"labinov\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "security.unauthenticated");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "security.forbidden");
  }

  /**
   * Answers a call that is not JSON where a command needs it (415), before it reaches the API.
   *
   * @param request the call
   * @param response the answer
   * @throws IOException when the answer cannot be written
   */
  public void notJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "JSON_REQUIRED", "security.jsonRequired");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
      String key) throws IOException {
    Locale locale = locales.resolveLocale(request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://labinov.id/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    body.put("title", messages.getMessage(key + ".title", null, locale));
    body.put("status", status.value());
    body.put("detail", messages.getMessage(key + ".detail", null, locale));
    body.put("instance", request.getRequestURI());
    body.put("code", code);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Language", locale.toLanguageTag());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
