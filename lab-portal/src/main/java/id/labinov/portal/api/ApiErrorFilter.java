package id.labinov.portal.api;

import id.labinov.core.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every answer under {@code /api} an RFC 9457 problem, also where no API handler was chosen and
 * the problem advice cannot act: an unknown path (404), a method the path does not take (405), a
 * body of another media type (415), an answer type the caller does not accept (406). Spring answers
 * these with {@code sendError}, which would otherwise end in the error page's plain JSON; here the
 * status is kept and the body becomes a problem in the caller's language.
 */
@Component
public class ApiErrorFilter extends OncePerRequestFilter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ApiTexts texts;
  private final LocaleResolver locales;

  /**
   * Creates the filter.
   *
   * @param texts the API's words
   * @param locales how the caller's language is chosen
   */
  public ApiErrorFilter(ApiTexts texts, LocaleResolver locales) {
    this.texts = texts;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/api") || path.startsWith("/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapture capture = new ErrorCapture(response);
    chain.doFilter(request, capture);
    if (capture.status > 0 && !response.isCommitted()) {
      Locale locale = Messages.resolve(locales.resolveLocale(request));
      int status = capture.status;
      String code = "HTTP_" + status;
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", ApiProblems.TYPE_BASE + "http-" + status);
      body.put("title", texts.t(locale, status >= 500 ? "api.problem.internal" : "api.problem.http"));
      body.put("status", status);
      body.put("detail", texts.t(locale, "api.error.HTTP", status));
      body.put("instance", request.getRequestURI());
      body.put("code", code);
      response.resetBuffer();
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Content-Language", locale.toLanguageTag());
      response.getWriter().write(JSON.writeValueAsString(body));
    }
  }

  /** Records {@code sendError} instead of handing the request to the container's error page. */
  private static final class ErrorCapture extends HttpServletResponseWrapper {
    private int status = -1;

    ErrorCapture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int sc) {
      status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
      status = sc;
    }
  }
}
