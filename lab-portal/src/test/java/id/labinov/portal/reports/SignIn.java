package id.labinov.portal.reports;

import id.labinov.portal.security.PortalUser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a demo user in to the running portal for real HTTP requests through the sign-in form ({@code GET /login}
 * for the CSRF token, {@code POST /login}), as a browser does; the pages' security chain then checks every request
 * of the returned client as it checks a browser's.
 */
public final class SignIn {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private SignIn() {}

  /**
   * A signed-in client and its session.
   *
   * @param http the client, with the session cookie in its cookie manager
   * @param cookies the cookie manager
   * @param sessionId the session cookie's value
   */
  public record Client(HttpClient http, CookieManager cookies, String sessionId) {
    /**
     * GETs a page or file.
     *
     * @param url the address
     * @return the response
     * @throws IOException on a failed exchange
     * @throws InterruptedException when interrupted
     */
    public HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * GETs a page as text.
     *
     * @param url the address
     * @return the response
     * @throws IOException on a failed exchange
     * @throws InterruptedException when interrupted
     */
    public HttpResponse<String> getText(String url) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Signs a user in.
   *
   * @param base the server's base address
   * @param user the user
   * @param password the user's password (the demo users': {@code labinov-demo})
   * @return the signed-in client
   */
  public static Client as(String base, PortalUser user, String password)
      throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher csrf = CSRF.matcher(login.body());
    if (login.statusCode() == 200 && csrf.find()) {
      String form = "username=" + URLEncoder.encode(user.getUsername(), StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
          + URLEncoder.encode(csrf.group(1).replace("&#x3d;", "="), StandardCharsets.UTF_8);
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      String location = posted.headers().firstValue("Location").orElse("");
      if (posted.statusCode() != 302 || location.contains("error")) {
        throw new IllegalStateException("form sign-in of " + user.getUsername() + " failed: " + posted.statusCode()
            + " to " + location);
      }
      return new Client(http, cookies, session(cookies));
    }
    throw new IllegalStateException("GET /login answered " + login.statusCode() + " without a sign-in form with a CSRF"
        + " token");
  }

  private static String session(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new IllegalStateException("no session cookie after signing in"));
  }
}
