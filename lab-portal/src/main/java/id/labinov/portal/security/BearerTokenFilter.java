package id.labinov.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Bearer <token>}: the token's SHA-256 is
 * looked up among the configured users ({@code token-sha256}); an unknown token is answered 401 at
 * once, without trying other schemes. Calls without a bearer token pass on (to HTTP Basic).
 */
public final class BearerTokenFilter extends OncePerRequestFilter {
  private final PortalUsers users;
  private final ApiAuthenticationProblems problems;

  /**
   * Creates the filter.
   *
   * @param users the configured users
   * @param problems how a refused call is answered
   */
  public BearerTokenFilter(PortalUsers users, ApiAuthenticationProblems problems) {
    this.users = users;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<PortalUser> user = users.findByToken(header.substring(7).trim());
    if (user.isEmpty()) {
      SecurityContextHolder.clearContext();
      problems.commence(request, response, new BadCredentialsException("unknown bearer token"));
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
        user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
