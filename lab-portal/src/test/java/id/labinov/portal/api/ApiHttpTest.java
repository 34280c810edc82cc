package id.labinov.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API over real HTTP (java.net.http) against the portal on a random port, with the Lebak demo
 * year loaded into an in-memory H2 database: sign-in, scope and policy, propose with an idempotency
 * key, If-Match, refusals in both languages, the rules-only endpoint and the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:api-http-test;DB_CLOSE_DELAY=-1")
class ApiHttpTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SHA = "a".repeat(64);

  @Autowired
  private Environment environment;

  @Autowired
  private JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A response with its body read as JSON (or {@code null} when empty). */
  private record Answer(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }
  }

  private Answer send(String method, String path, String auth, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:"
        + environment.getProperty("local.server.port") + path)).timeout(Duration.ofSeconds(30));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
    return new Answer(r.statusCode(), r, json);
  }

  private static String bearer(String who) {
    return "Bearer demo-token-" + who;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String proposal(String title) {
    return """
        {"title": "%s", "texts": {"problem": "Warga desa jauh dari perpustakaan daerah dan jarang membaca buku."}}
        """.formatted(title);
  }

  private static String evidence(String kind, String uri) {
    return """
        {"kind": "%s", "uri": "%s", "sha256": "%s", "mediaType": "application/pdf", "sizeBytes": 2048}
        """.formatted(kind, uri, SHA);
  }

  private static void assertProblem(Answer a, int status, String code) {
    assertThat(a.status()).as("status of %s", a.raw().body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().get("status").asInt()).isEqualTo(status);
    assertThat(a.json().get("code").asString()).isEqualTo(code);
    assertThat(a.json().get("type").asString())
        .isEqualTo("https://labinov.id/problems/" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    assertThat(a.json().get("title").asString()).isNotBlank();
    assertThat(a.json().get("instance").asString()).startsWith("/api/");
    assertThat(a.raw().body()).doesNotContain("Exception").doesNotContain("at id.labinov").doesNotContain("trace");
  }

  private Answer propose(String who, String key, String body) throws Exception {
    return key == null ? send("POST", "/api/innovations", bearer(who), body)
        : send("POST", "/api/innovations", bearer(who), body, "Idempotency-Key", key);
  }

  private static List<String> codes(JsonNode reasons) {
    List<String> out = new ArrayList<>();
    reasons.forEach(r -> out.add(r.get("code").asString()));
    return out;
  }

  @Test
  void signInIsRequiredAndBothSchemesWork() throws Exception {
    Answer none = send("GET", "/api/innovations", null, null);
    assertProblem(none, 401, "UNAUTHENTICATED");
    assertThat(none.header("WWW-Authenticate")).contains("Bearer").contains("Basic");

    assertProblem(send("GET", "/api/innovations", "Bearer not-a-token", null), 401, "UNAUTHENTICATED");
    assertProblem(send("GET", "/api/innovations", basic("admin", "wrong-password"), null), 401, "UNAUTHENTICATED");

    Answer basic = send("GET", "/api/innovations?size=5", basic("admin", "labinov-demo"), null);
    assertThat(basic.status()).isEqualTo(200);
    assertThat(basic.json().get("items")).hasSize(5);
    assertThat(basic.json().get("nextPage").asString()).isNotBlank();

    Answer bearer = send("GET", "/api/innovations?size=5&page=" + basic.json().get("nextPage").asString(),
        bearer("admin"), null);
    assertThat(bearer.status()).isEqualTo(200);
    assertThat(bearer.json().get("items").get(0).get("id").asString())
        .isGreaterThan(basic.json().get("items").get(4).get("id").asString());
  }

  @Test
  void listFiltersAndReadsShowLabelsInTheRequestedLanguage() throws Exception {
    Answer dinkes = send("GET", "/api/innovations?opd=DINKES&size=3", bearer("admin"), null);
    assertThat(dinkes.status()).isEqualTo(200);
    assertThat(dinkes.json().get("items")).isNotEmpty();
    dinkes.json().get("items").forEach(i -> assertThat(i.get("opd").get("code").asString()).isEqualTo("DINKES"));
    String id = dinkes.json().get("items").get(0).get("id").asString();

    Answer id1 = send("GET", "/api/innovations/" + id, bearer("admin"), null);
    assertThat(id1.status()).isEqualTo(200);
    long version = id1.json().get("version").asLong();
    assertThat(id1.header("ETag")).isEqualTo("\"" + version + "\"");
    assertThat(id1.json().get("opd").get("name").asString()).isNotBlank().isNotEqualTo("DINKES");
    String stage = id1.json().get("stage").get("code").asString();
    assertThat(id1.json().get("stage").get("label").asString()).isNotEqualTo(stage);

    Answer en = send("GET", "/api/innovations/" + id, bearer("admin"), null, "Accept-Language", "en");
    assertThat(en.json().get("stage").get("code").asString()).isEqualTo(stage);
    assertThat(en.json().get("stage").get("label").asString())
        .isNotEqualTo(id1.json().get("stage").get("label").asString());
    assertThat(en.json().get("status").get("label").asString())
        .isNotEqualTo(id1.json().get("status").get("label").asString());

    Answer notModified = send("GET", "/api/innovations/" + id, bearer("admin"), null,
        "If-None-Match", "\"" + version + "\"");
    assertThat(notModified.status()).isEqualTo(304);

    Answer stageFilter = send("GET", "/api/innovations?stage=" + stage + "&size=10", bearer("admin"), null);
    stageFilter.json().get("items").forEach(i -> assertThat(i.get("stage").get("code").asString()).isEqualTo(stage));

    assertProblem(send("GET", "/api/innovations/" + UUID.randomUUID(), bearer("admin"), null), 404,
        "NO_SUCH_INNOVATION");
    Answer badId = send("GET", "/api/innovations/not-an-id", bearer("admin"), null);
    assertProblem(badId, 400, "INVALID_INNOVATION_ID");
    assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    assertThat(badId.json().get("errors").get(0).get("fix").asString()).contains("UUID");
    Answer badStatus = send("GET", "/api/innovations?status=SLEEPING", bearer("admin"), null);
    assertProblem(badStatus, 400, "INVALID_VALUE");
    assertThat(badStatus.json().get("errors").get(0).get("fix").asString()).contains("ACTIVE").contains("ON_HOLD");
  }

  @Test
  void anotherOpdsInnovationIsReadableInTheRegionButNotActedOn() throws Exception {
    String dinkes = send("GET", "/api/innovations?opd=DINKES&status=ACTIVE&size=1", bearer("admin"), null)
        .json().get("items").get(0).get("id").asString();

    // labinov's reads are scoped by region: DISPUSIP's innovator reads a DINKES innovation of the same region
    assertThat(send("GET", "/api/innovations/" + dinkes, bearer("inovator"), null).status()).isEqualTo(200);

    // ... but its policy lets an OPD head act only on innovations of the head's own unit
    Answer approve = send("POST", "/api/innovations/" + dinkes + "/approve", bearer("kepala"),
        "{\"role\": \"OPD_HEAD\", \"note\": \"setuju\"}");
    assertProblem(approve, 403, "NOT_OWN_OPD");
    assertThat(codes(approve.json().get("reasons"))).contains("NOT_OWN_OPD");
    JsonNode reason = approve.json().get("reasons").get(0);
    assertThat(reason.get("message").asString()).contains("DISPUSIP").contains("DINKES");
    assertThat(reason.get("fix").asString()).isNotBlank();

    Answer check = send("GET", "/api/innovations/" + dinkes + "/available", bearer("kepala"), null);
    assertThat(check.status()).isEqualTo(200);
    check.json().forEach(v -> {
      assertThat(v.get("allowed").asBoolean()).isFalse();
      assertThat(codes(v.get("reasons"))).contains("NOT_OWN_OPD");
    });
  }

  @Test
  void proposeWithAnIdempotencyKeyAppendsOnceAndAReusedKeyIsRefused() throws Exception {
    String key = "sipinter-" + UUID.randomUUID();
    String body = proposal("Perpustakaan Keliling Desa");
    long activityBefore = jdbc.queryForObject("SELECT COUNT(*) FROM portal_activity", Long.class);

    Answer first = propose("inovator", key, body);
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    String id = first.json().get("id").asString();
    assertThat(first.header("Location")).startsWith("http://localhost:").endsWith("/api/innovations/" + id);
    assertThat(first.header("ETag")).isEqualTo("\"" + first.json().get("version").asLong() + "\"");
    assertThat(first.json().get("opd").get("code").asString()).isEqualTo("DISPUSIP");
    assertThat(first.json().get("owner").get("id").asString()).isEqualTo("asn-dispusip-1");
    assertThat(first.json().get("stage").get("code").asString()).isEqualTo("DRUM_UP");
    assertThat(first.header(Preconditions.REPLAYED)).isNull();

    Answer replay = propose("inovator", key, body);
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.json()).isEqualTo(first.json());
    assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
    assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(replay.header(Preconditions.REPLAYED)).isEqualTo("true");

    Answer history = send("GET", "/api/innovations/" + id + "/history", bearer("inovator"), null);
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json()).hasSize(1);
    assertThat(history.json().get(0).get("type").asString()).isEqualTo("InnovationProposed");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lbv_event WHERE innovation_id = ?", Long.class, id))
        .isEqualTo(1L);
    // the portal's own record: both calls went through LabActions
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_activity", Long.class)).isEqualTo(activityBefore + 2);

    Answer reused = propose("inovator", key, proposal("Judul Lain Sama Sekali"));
    assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
    assertThat(reused.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(send("GET", "/api/innovations?opd=DISPUSIP&stage=DRUM_UP&size=200", bearer("admin"), null).json()
        .get("items").valueStream().filter(i -> i.get("title").asString().equals("Judul Lain Sama Sekali")))
        .isEmpty();
  }

  @Test
  void staleIfMatchIsPreconditionFailedWithTheCurrentVersion() throws Exception {
    Answer p = propose("inovator", null, proposal("Pojok Baca Kecamatan"));
    String id = p.json().get("id").asString();
    long v = p.json().get("version").asLong();

    Answer attached = send("POST", "/api/innovations/" + id + "/evidence", bearer("inovator"),
        evidence("COMMITMENT_LETTER", "https://arsip.lebakkab.go.id/dok/1"), "If-Match", "\"" + v + "\"");
    assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
    assertThat(attached.json().get("version").asLong()).isEqualTo(v + 1);
    assertThat(attached.header("ETag")).isEqualTo("\"" + (v + 1) + "\"");
    assertThat(attached.json().get("evidence").get(0).get("kind").get("code").asString()).isEqualTo("COMMITMENT_LETTER");

    Answer stale = send("POST", "/api/innovations/" + id + "/evidence", bearer("inovator"),
        evidence("PHOTO", "https://arsip.lebakkab.go.id/dok/2"), "If-Match", "\"" + v + "\"");
    assertProblem(stale, 412, "VERSION_CONFLICT");
    assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(v + 1);
    assertThat(stale.header("ETag")).isEqualTo("\"" + (v + 1) + "\"");
    assertThat(send("GET", "/api/innovations/" + id + "/history", bearer("inovator"), null).json()).hasSize(2);

    assertProblem(send("POST", "/api/innovations/" + id + "/evidence", bearer("inovator"),
        evidence("PHOTO", "https://arsip.lebakkab.go.id/dok/2"), "If-Match", "versi-baru"), 400, "INVALID_IF_MATCH");
    // If-Match compares strongly (RFC 9110): a weak tag is not a version the portal takes.
    assertProblem(send("POST", "/api/innovations/" + id + "/evidence", bearer("inovator"),
        evidence("PHOTO", "https://arsip.lebakkab.go.id/dok/3"), "If-Match", "W/\"1\""), 400, "INVALID_IF_MATCH");
  }

  @Test
  void aRefusedAdvanceGivesReasonsInIndonesianOrEnglishThenTheMoveIsAccepted() throws Exception {
    Answer p = propose("inovator", null, proposal("Layanan Baca Daring"));
    String id = p.json().get("id").asString();
    String advance = "{\"toStage\": \"DIAGNOSE\"}";

    Answer id1 = send("POST", "/api/innovations/" + id + "/advance", bearer("inovator"), advance);
    assertProblem(id1, 422, "EVIDENCE_MISSING");
    assertThat(id1.header("Content-Language")).isEqualTo("id");
    assertThat(codes(id1.json().get("reasons"))).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(id1.json().get("reasons").get(0).get("message").asString()).contains("Bukti dukung").contains("surat");
    assertThat(id1.json().get("reasons").get(0).get("fix").asString()).contains("Lampirkan")
        .as("the fix names the call to make, with this innovation's id").contains("/api/innovations/" + id + "/evidence");
    assertThat(id1.json().get("reasons").get(1).get("fix").asString()).contains("persetujuan").contains("Kepala OPD");
    assertThat(id1.json().get("currentVersion").asLong()).isEqualTo(p.json().get("version").asLong());

    Answer en = send("POST", "/api/innovations/" + id + "/advance", bearer("inovator"), advance,
        "Accept-Language", "en");
    assertProblem(en, 422, "EVIDENCE_MISSING");
    assertThat(en.header("Content-Language")).isEqualTo("en");
    assertThat(en.json().get("title").asString()).isEqualTo("Refused: requirements not met");
    assertThat(en.json().get("reasons").get(0).get("message").asString()).contains("Evidence").contains("letter");
    assertThat(en.json().get("reasons").get(0).get("fix").asString()).startsWith("Attach evidence");

    Answer check = send("GET", "/api/innovations/" + id + "/check/drum-up-to-diagnose", bearer("inovator"), null,
        "Accept-Language", "en");
    assertThat(check.status()).isEqualTo(200);
    assertThat(check.json().get("allowed").asBoolean()).isFalse();
    assertThat(check.json().get("toStage").get("code").asString()).isEqualTo("DIAGNOSE");
    List<String> outcomes = new ArrayList<>();
    check.json().get("requirements").forEach(r -> outcomes.add(r.get("rule").asString() + ":" + r.get("outcome")
        .asString()));
    assertThat(outcomes).containsExactly("required-field:MET", "required-field:MET", "evidence:UNMET",
        "approvals:UNMET", "actor-role:MET");
    assertThat(check.json().get("requirements").get(0).get("requirement").asString()).isEqualTo("Title is filled in.");

    // nothing was appended by the refusals
    assertThat(send("GET", "/api/innovations/" + id + "/history", bearer("inovator"), null).json()).hasSize(1);

    assertThat(send("POST", "/api/innovations/" + id + "/evidence", bearer("inovator"),
        evidence("COMMITMENT_LETTER", "https://arsip.lebakkab.go.id/dok/komitmen")).status()).isEqualTo(200);
    Answer approved = send("POST", "/api/innovations/" + id + "/approve", bearer("kepala"), "{\"note\": \"Lanjutkan\"}");
    assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
    assertThat(approved.json().get("approvals").get(0).get("role").get("code").asString()).isEqualTo("OPD_HEAD");

    Answer moved = send("POST", "/api/innovations/" + id + "/advance", bearer("inovator"), advance);
    assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
    assertThat(moved.json().get("stage").get("code").asString()).isEqualTo("DIAGNOSE");

    Answer history = send("GET", "/api/innovations/" + id + "/history", bearer("inovator"), null);
    assertThat(history.json()).hasSize(4);
    JsonNode last = history.json().get(3);
    assertThat(last.get("type").asString()).isEqualTo("StageAdvanced");
    assertThat(last.get("actorId").asString()).isEqualTo("asn-dispusip-1");
    assertThat(last.get("fromStage").get("code").asString()).isEqualTo("DRUM_UP");
    assertThat(last.get("toStage").get("code").asString()).isEqualTo("DIAGNOSE");
    assertThat(last.get("description").asString()).contains(last.get("toStage").get("label").asString());

    // the same move again meets the innovation in another stage: a conflict with its state
    Answer again = send("POST", "/api/innovations/" + id + "/advance", bearer("inovator"), advance);
    assertProblem(again, 409, "NO_TRANSITION");
  }

  @Test
  void holdResumeAndDropFollowThePolicy() throws Exception {
    String id = propose("inovator", null, proposal("Taman Baca Pasar")).json().get("id").asString();

    Answer held = send("POST", "/api/innovations/" + id + "/hold", bearer("kepala"),
        "{\"reason\": \"Menunggu anggaran perubahan\"}");
    assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
    assertThat(held.json().get("status").get("code").asString()).isEqualTo("ON_HOLD");

    Answer advanceOnHold = send("POST", "/api/innovations/" + id + "/advance", bearer("inovator"),
        "{\"toStage\": \"DIAGNOSE\"}");
    assertThat(advanceOnHold.status()).isEqualTo(409);
    assertThat(codes(advanceOnHold.json().get("reasons"))).contains("WRONG_STATUS");

    // the rulebook lets only a lab administrator or an OPD head resume
    assertProblem(send("POST", "/api/innovations/" + id + "/resume", bearer("inovator"), null, "Content-Type",
        "application/json"), 403,
        "ROLE_NOT_PERMITTED");
    Answer resumed = send("POST", "/api/innovations/" + id + "/resume", bearer("kepala"), "{\"note\": \"Anggaran ada\"}");
    assertThat(resumed.status()).as(resumed.raw().body()).isEqualTo(200);
    assertThat(resumed.json().get("status").get("code").asString()).isEqualTo("ACTIVE");

    assertProblem(send("POST", "/api/innovations/" + id + "/drop", bearer("inovator"), "{}"), 400, "FIELD_MISSING");
    Answer dropped = send("POST", "/api/innovations/" + id + "/drop", bearer("inovator"),
        "{\"reason\": \"Digabung dengan inovasi lain\"}", "Accept-Language", "en");
    assertThat(dropped.json().get("status").get("label").asString()).isEqualTo("Dropped");
    List<String> types = new ArrayList<>();
    send("GET", "/api/innovations/" + id + "/history", bearer("admin"), null).json()
        .forEach(e -> types.add(e.get("type").asString()));
    assertThat(types).containsExactly("InnovationProposed", "PutOnHold", "Resumed", "Dropped");
  }

  @Test
  void badBodiesNameTheFieldAndTheFix() throws Exception {
    Answer malformed = send("POST", "/api/innovations", bearer("inovator"), "{\"title\": ");
    assertProblem(malformed, 400, "MALFORMED_JSON");
    assertThat(malformed.json().get("errors").get(0).get("fix").asString()).contains("JSON");

    Answer noTitle = send("POST", "/api/innovations", bearer("inovator"), "{\"texts\": {}}");
    assertProblem(noTitle, 400, "FIELD_MISSING");
    assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
    assertThat(noTitle.json().get("detail").asString()).isEqualTo("title wajib diisi.");

    Answer wrongType = send("POST", "/api/rules/evaluate", bearer("inovator"),
        "{\"transition\": \"diagnose-to-design\", \"facts\": {\"stage\": \"DIAGNOSE\", \"evidence\": {\"PHOTO\": \"dua\"}}}",
        "Accept-Language", "en");
    assertProblem(wrongType, 400, "WRONG_JSON_TYPE");
    assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("facts.evidence.PHOTO");
  }

  @Test
  void rulesOnlyJudgesFactsWithoutStorage() throws Exception {
    long events = jdbc.queryForObject("SELECT COUNT(*) FROM lbv_event", Long.class);
    String problem = "Warga desa di wilayah selatan harus menempuh perjalanan lebih dari dua jam untuk meminjam buku"
        + " di perpustakaan daerah sehingga minat baca anak rendah";
    String allowedBody = """
        {"rulebook": {"id": "5d", "version": 1}, "transition": "diagnose-to-design",
         "actor": {"roles": ["INNOVATOR"], "opd": "DISPUSIP"},
         "facts": {"stage": "DIAGNOSE", "opd": "DISPUSIP",
                   "fields": {"title": "Perpustakaan Keliling", "problem": "%s", "ideaSummary": "Mobil baca keliling"}}}
        """.formatted(problem);
    Answer allowed = send("POST", "/api/rules/evaluate", bearer("inovator"), allowedBody);
    assertThat(allowed.status()).as(allowed.raw().body()).isEqualTo(200);
    assertThat(allowed.json().get("allowed").asBoolean()).isTrue();
    assertThat(allowed.json().get("rulebook").asString()).isEqualTo("5d@1");
    assertThat(allowed.json().get("reasons")).isEmpty();
    allowed.json().get("requirements").forEach(r -> assertThat(r.get("met").asBoolean()).isTrue());
    assertThat(allowed.json().get("requirements")).hasSize(4);

    String refusedBody = """
        {"transition": "diagnose-to-design",
         "facts": {"stage": "DIAGNOSE", "fields": {"problem": "Buku kurang"}}}
        """;
    Answer refused = send("POST", "/api/rules/evaluate", bearer("inovator"), refusedBody);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.json().get("allowed").asBoolean()).isFalse();
    assertThat(codes(refused.json().get("reasons"))).containsExactly("FIELD_REQUIRED", "FIELD_TOO_SHORT");
    JsonNode idea = refused.json().get("requirements").get(1);
    assertThat(idea.get("outcome").asString()).isEqualTo("UNMET");
    assertThat(idea.get("code").asString()).isEqualTo("FIELD_REQUIRED");
    assertThat(idea.get("message").asString()).isEqualTo("Ringkasan ide wajib diisi.");
    assertThat(idea.get("requirement").asString()).isEqualTo("Ringkasan ide diisi.");
    assertThat(idea.get("fix").asString()).contains("Ringkasan ide");
    JsonNode shortProblem = refused.json().get("requirements").get(2);
    assertThat(shortProblem.get("severity").asString()).isEqualTo("SHOULD");
    assertThat(shortProblem.get("met").asBoolean()).isFalse();

    Answer coachOnly = send("POST", "/api/rules/evaluate", bearer("inovator"), """
        {"transition": "return-to-diagnose", "actor": {"roles": ["INNOVATOR"]}, "facts": {"stage": "DESIGN"}}
        """, "Accept-Language", "en");
    assertThat(coachOnly.json().get("allowed").asBoolean()).isFalse();
    assertThat(coachOnly.json().get("reasons").get(0).get("message").asString()).startsWith("Only these roles");

    Answer unknownTransition = send("POST", "/api/rules/evaluate", bearer("inovator"),
        "{\"transition\": \"design-to-heaven\", \"facts\": {\"stage\": \"DESIGN\"}}");
    assertProblem(unknownTransition, 400, "UNKNOWN_TRANSITION");
    assertThat(unknownTransition.json().get("errors").get(0).get("field").asString()).isEqualTo("transition");
    assertThat(unknownTransition.json().get("errors").get(0).get("fix").asString()).contains("diagnose-to-design");

    Answer noStage = send("POST", "/api/rules/evaluate", bearer("inovator"),
        "{\"transition\": \"diagnose-to-design\", \"facts\": {}}");
    assertProblem(noStage, 400, "FIELD_MISSING");
    assertThat(noStage.json().get("errors").get(0).get("field").asString()).isEqualTo("facts.stage");

    Answer badRole = send("POST", "/api/rules/evaluate", bearer("inovator"),
        "{\"transition\": \"design-to-deliver\", \"facts\": {\"stage\": \"DESIGN\", \"approvals\": {\"BOSS\": 1}}}");
    assertProblem(badRole, 400, "INVALID_VALUE");
    assertThat(badRole.json().get("errors").get(0).get("field").asString()).isEqualTo("facts.approvals.BOSS");
    assertThat(badRole.json().get("errors").get(0).get("fix").asString()).contains("OPD_HEAD");

    Answer badVersion = send("POST", "/api/rules/evaluate", bearer("inovator"),
        "{\"rulebook\": {\"id\": \"5d\", \"version\": 9}, \"transition\": \"hold\", \"facts\": {\"stage\": \"DESIGN\"}}");
    assertProblem(badVersion, 400, "UNKNOWN_RULEBOOK_VERSION");
    assertThat(badVersion.json().get("errors").get(0).get("field").asString()).isEqualTo("rulebook.version");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lbv_event", Long.class)).isEqualTo(events);
  }

  @Test
  void errorsWithoutAnApiHandlerAreProblemsToo() throws Exception {
    Answer method = send("DELETE", "/api/innovations", bearer("admin"), null);
    assertProblem(method, 405, "HTTP_405");
    assertThat(method.header("Allow")).contains("GET");
    Answer path = send("GET", "/api/no-such-thing", bearer("admin"), null, "Accept-Language", "en");
    assertProblem(path, 404, "HTTP_404");
    assertThat(path.json().get("detail").asString()).isEqualTo("The request cannot be served (HTTP 404).");
    HttpResponse<String> text = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
        + environment.getProperty("local.server.port") + "/api/innovations")).header("Authorization", bearer("admin"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("judul")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertProblem(new Answer(text.statusCode(), text, JSON.readTree(text.body())), 415, "JSON_REQUIRED");
  }

  @Test
  void theOpenApiDocumentDescribesThePathsAndBothSchemes() throws Exception {
    Answer doc = send("GET", "/v3/api-docs", null, null);
    assertThat(doc.status()).isEqualTo(200);
    JsonNode paths = doc.json().get("paths");
    for (String p : List.of("/api/innovations", "/api/innovations/{id}", "/api/innovations/{id}/check/{transitionId}",
        "/api/innovations/{id}/available", "/api/innovations/{id}/history", "/api/innovations/{id}/advance",
        "/api/innovations/{id}/approve", "/api/innovations/{id}/return", "/api/innovations/{id}/evidence",
        "/api/innovations/{id}/hold", "/api/innovations/{id}/resume", "/api/innovations/{id}/drop",
        "/api/rules/evaluate")) {
      assertThat(paths.has(p)).as("path %s in %s", p, paths.propertyNames()).isTrue();
    }
    JsonNode schemes = doc.json().get("components").get("securitySchemes");
    assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
    assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
    JsonNode advance = paths.get("/api/innovations/{id}/advance").get("post");
    assertThat(advance.get("summary").asString()).isNotBlank();
    assertThat(advance.get("responses").has("412")).isTrue();
    assertThat(advance.get("responses").has("422")).isTrue();
    assertThat(advance.get("responses").get("422").get("content").has("application/problem+json")).isTrue();
    List<String> headers = new ArrayList<>();
    advance.get("parameters").forEach(p -> headers.add(p.get("name").asString()));
    assertThat(headers).contains("If-Match", "Idempotency-Key");
    assertThat(doc.json().get("components").get("schemas").has("Problem")).isTrue();
  }

  @Test
  void reportsAreListedAndRenderedInEveryFormatAndLanguage() throws Exception {
    Answer list = send("GET", "/api/reports", bearer("bupati"), null);
    assertThat(list.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    list.json().forEach(r -> codes.add(r.get("code").asString()));
    assertThat(codes).contains("one-page", "programme-summary", "sustainability", "iid-readiness");
    assertThat(list.json().get(0).get("title").asString()).as("Indonesian by default").contains("Ringkasan");
    Answer english = send("GET", "/api/reports", bearer("bupati"), null, "Accept-Language", "en");
    assertThat(english.json().get(0).get("title").asString()).contains("summary for the Regent");

    Answer json = send("GET", "/api/reports/programme-summary", bearer("admin"), null);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(json.json().isObject()).isTrue();

    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
        + environment.getProperty("local.server.port") + "/api/reports/programme-summary?format=pdf"))
        .header("Authorization", bearer("admin")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains(".pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Lebak");
    }

    HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
        + environment.getProperty("local.server.port") + "/api/reports/sustainability?format=csv"))
        .header("Authorization", bearer("admin")).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().count()).as("a header and a row per innovation under watch").isGreaterThan(60);

    Answer unknown = send("GET", "/api/reports/tidak-ada", bearer("admin"), null);
    assertProblem(unknown, 404, "UNKNOWN_REPORT");
    assertThat(unknown.json().get("valid").toString()).contains("one-page");
    Answer badFormat = send("GET", "/api/reports/sustainability?format=docx", bearer("admin"), null,
        "Accept-Language", "en");
    assertProblem(badFormat, 404, "UNKNOWN_FORMAT");
    assertThat(badFormat.json().get("detail").asString()).contains("docx");

    assertProblem(send("GET", "/api/reports", null, null), 401, "UNAUTHENTICATED");
  }

  @Test
  void commandsAreTakenOnlyAsJsonSoNoOtherSiteCanSendThem() throws Exception {
    Answer p = propose("inovator", null, proposal("Layanan Buku Keliling Sekolah"));
    String id = p.json().get("id").asString();
    // What a page of another site can make a browser send unasked: a form, plain text, or nothing.
    for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data"}) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
          + environment.getProperty("local.server.port") + "/api/innovations/" + id + "/approve"))
          .header("Authorization", basic("kepala", "labinov-demo")).header("Content-Type", type)
          .POST(HttpRequest.BodyPublishers.ofString("role=OPD_HEAD")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(type).isEqualTo(415);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(r.body()).contains("JSON_REQUIRED");
    }
    Answer none = send("POST", "/api/innovations/" + id + "/resume", basic("kepala", "labinov-demo"), null);
    assertProblem(none, 415, "JSON_REQUIRED");
    for (String address : new String[] {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd"}) {
      assertProblem(send("POST", "/api/innovations/" + id + "/evidence", bearer("inovator"),
          evidence("COMMITMENT_LETTER", address)), 400, "INVALID_VALUE");
    }
    assertThat(send("GET", "/api/innovations/" + id + "/history", bearer("kepala"), null).json().size())
        .as("nothing was appended").isEqualTo(1);
  }
}
