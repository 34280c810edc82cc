package id.labinov.portal.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person's session with the portal over real HTTP: cookies kept, redirects not followed (so a test
 * sees them), pages parsed with jsoup, forms sent with the CSRF token of the page they came from.
 */
final class HttpSession {
  /** A response: status, where it redirects, and the parsed page. */
  record Answer(int status, String location, Document page) {}

  private final String base;
  private final HttpClient client;

  HttpSession(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** Gets a page and follows its redirects (a GET after a POST, as a browser does). */
  Answer follow(Answer answer) {
    Answer a = answer;
    for (int i = 0; i < 5 && a.location() != null && (a.status() == 302 || a.status() == 303); i++) {
      String loc = a.location().startsWith("http") ? a.location().substring(base.length()) : a.location();
      a = get(loc);
    }
    return a;
  }

  /** Sends a form with the CSRF token found on {@code from}. */
  Answer post(String path, Document from, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", from.selectFirst("input[name=_csrf]").attr("value"));
    return postRaw(path, all);
  }

  /** Sends a form exactly as given (no CSRF token unless it is among the fields). */
  Answer postRaw(String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
  }

  /** Signs in through the login form; returns the answer to the form's POST. */
  Answer login(String user) {
    Document page = get("/login").page();
    return post("/login", page, Map.of("username", user, "password", "labinov-demo"));
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null), Jsoup.parse(r.body(), base));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
