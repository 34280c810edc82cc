package id.labinov.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes an API command ({@code POST}) only as JSON ({@code Content-Type: application/json}, even
 * when it has no body). A page of another site can make a browser send a form or plain text by
 * {@code POST} to the API without asking first, carrying HTTP Basic credentials the browser has
 * cached; it cannot send JSON, nor use another method, without the browser asking the portal first
 * (a CORS preflight, which the portal does not allow). So no other site can make a signed-in
 * browser run a command, although the API keeps no session and has no CSRF token.
 */
public final class JsonCommandsFilter extends OncePerRequestFilter {
  private static final Set<String> COMMANDS = Set.of("POST");
  private final ApiAuthenticationProblems problems;

  /**
   * Creates the filter.
   *
   * @param problems how a refused call is answered
   */
  public JsonCommandsFilter(ApiAuthenticationProblems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (COMMANDS.contains(request.getMethod()) && !json(request.getContentType())) {
      problems.notJson(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }
}
