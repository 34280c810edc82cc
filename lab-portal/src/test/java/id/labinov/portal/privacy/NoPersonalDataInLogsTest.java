package id.labinov.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.portal.reports.SignIn;
import id.labinov.portal.security.PortalUser;
import id.labinov.portal.security.PortalUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/**
 * No personal data in the logs: people sign in (and fail to), propose, open their pages and call the
 * API with both schemes, wrong credentials and bad requests; the log of all that holds none of their
 * names, NIPs or PPPK numbers, passwords or tokens. (Same configuration as the reports' tests, so the
 * portal starts once for both.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:portal-reports;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern INNOVATION = Pattern.compile("/innovations/([0-9a-f-]{36})");

  @Autowired PortalUsers users;
  @Autowired JdbcStorage storage;
  @Autowired Environment environment;

  private String base() {
    return "http://localhost:" + environment.getProperty("local.server.port");
  }

  @Test
  void aDayOfWorkLeavesNoNameNumberPasswordOrTokenInTheLog(CapturedOutput output) throws Exception {
    String base = base();
    HttpClient anonymous = HttpClient.newHttpClient();
    // A failed sign-in, with the name and a wrong password.
    anonymous.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type",
        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
        "username=inovator&password=salah-sandi")).build(), HttpResponse.BodyHandlers.ofString());

    SignIn.Client innovator = SignIn.as(base, users.loadUserByUsername("inovator"), "labinov-demo");
    HttpResponse<String> form = innovator.getText(base + "/innovations/new");
    Matcher token = CSRF.matcher(form.body());
    assertThat(token.find()).isTrue();
    String body = "title=" + URLEncoder.encode("Pojok Baca Terminal Rangkasbitung", StandardCharsets.UTF_8)
        + "&problem=" + URLEncoder.encode("Penumpang menunggu lama tanpa bahan bacaan", StandardCharsets.UTF_8)
        + "&ideaSummary=" + URLEncoder.encode("Rak buku pinjam-baca di ruang tunggu", StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(token.group(1).replace("&#x3d;", "="), StandardCharsets.UTF_8);
    HttpResponse<String> proposed = innovator.http().send(HttpRequest.newBuilder(URI.create(base + "/innovations/new"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    String location = proposed.headers().firstValue("Location").orElse("");
    Matcher id = INNOVATION.matcher(location);
    assertThat(id.find()).as("proposed, redirected to its page: %s %s", proposed.statusCode(), location).isTrue();
    assertThat(innovator.getText(base + "/innovations/" + id.group(1)).body()).contains("Neneng Hidayat");
    innovator.getText(base + "/innovations/00000000-0000-0000-0000-000000000000");
    innovator.getText(base + "/");

    SignIn.Client head = SignIn.as(base, users.loadUserByUsername("kepala"), "labinov-demo");
    head.getText(base + "/approvals");
    SignIn.Client juror = SignIn.as(base, users.loadUserByUsername("juri-dinkes"), "labinov-demo");
    juror.getText(base + "/scoring");

    HttpClient api = HttpClient.newHttpClient();
    for (String auth : List.of("Bearer demo-token-admin", "Bearer demo-token-salah",
        "Basic " + Base64.getEncoder().encodeToString("admin:labinov-demo".getBytes(StandardCharsets.UTF_8)),
        "Basic " + Base64.getEncoder().encodeToString("admin:salah".getBytes(StandardCharsets.UTF_8)))) {
      api.send(HttpRequest.newBuilder(URI.create(base + "/api/innovations/" + id.group(1))).header("Authorization", auth)
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      api.send(HttpRequest.newBuilder(URI.create(base + "/api/innovations")).header("Authorization", auth)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    List<String> secrets = new ArrayList<>(List.of("labinov-demo", "salah-sandi", "demo-token-"));
    for (PortalUser user : users.all()) {
      PersonId person = user.actor().personId();
      storage.directory().findPersonName(person).findName().ifPresent(secrets::add);
      Optional<Person> known = storage.directory().findPerson(person);
      known.map(p -> p.identityNumber()).filter(n -> n != null && n.value() != null && !n.value().isBlank())
          .ifPresent(number -> secrets.add(number.value()));
    }
    assertThat(secrets).as("the seed names the demo people").contains("Neneng Hidayat");
    // The capture must see what the application logs (the portal's own logger here), or the check means nothing.
    org.slf4j.LoggerFactory.getLogger("id.labinov.portal").warn("log capture check {}", secrets.size());
    String log = output.getAll();
    assertThat(log).as("the log of the day is captured").contains("log capture check " + secrets.size());
    for (String secret : secrets) {
      assertThat(log).as("the log holds no '%s'", secret).doesNotContain(secret);
    }
  }
}
