package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static id.labinov.core.model.Refusals.assertRequired;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceRefTest {
  private static final String URL = "https://files.lebakkab.go.id/labinov/rencana-aksi.pdf";
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static EvidenceRef plan(String uri, String sha, String mediaType, long size) {
    return EvidenceRef.of("ACTION_PLAN", uri, sha, mediaType, size);
  }

  @Nested
  class Accepting {
    @Test
    void keepsAWellFormedReference() {
      // when
      EvidenceRef ref = plan(URL, SHA, "application/pdf", 123_456);

      // then
      assertThat(ref.kind()).isEqualTo(EvidenceKind.of("ACTION_PLAN"));
      assertThat(ref.uri()).isEqualTo(URI.create(URL));
      assertThat(ref.sha256()).isEqualTo(SHA);
      assertThat(ref.mediaType()).isEqualTo("application/pdf");
      assertThat(ref.sizeBytes()).isEqualTo(123_456);
    }

    @Test
    void lowersAnUpperCaseSha() {
      assertThat(plan(URL, SHA.toUpperCase(), "application/pdf", 1).sha256()).isEqualTo(SHA);
    }

    @Test
    void lowersTheMediaType() {
      assertThat(plan(URL, SHA, "Image/JPEG", 1).mediaType()).isEqualTo("image/jpeg");
    }

    @ParameterizedTest(name = "accepts {0}")
    @ValueSource(strings = {"s3://labinov-lebak/bukti/a.pdf", "urn:uuid:0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d", "file:///srv/bukti/a.pdf"})
    void acceptsAnyAbsoluteUri(String uri) {
      assertThat(plan(uri, SHA, "application/pdf", 1).uri()).hasToString(uri);
    }

    @ParameterizedTest(name = "accepts {0}")
    @ValueSource(strings = {"video/mp4", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/svg+xml"})
    void acceptsTypeSlashSubtype(String mediaType) {
      assertThat(plan(URL, SHA, mediaType, 1).mediaType()).isEqualTo(mediaType);
    }

    @Test
    void acceptsAnEmptyFile() {
      assertThat(plan(URL, SHA, "text/plain", 0).sizeBytes()).isZero();
    }
  }

  @Nested
  class Refusing {
    @ParameterizedTest(name = "refuses relative {0}")
    @ValueSource(strings = {"files/a.pdf", "/labinov/a.pdf", "//files.lebakkab.go.id/a.pdf", "a.pdf"})
    void refusesRelativeUri(String uri) {
      var e = assertRefused(() -> plan(uri, SHA, "application/pdf", 1), "INVALID_EVIDENCE", "uri", uri);

      assertThat(e.messageKey()).isEqualTo("error.evidence.uri");
    }

    @Test
    void refusesMalformedUri() {
      String uri = "https://files.lebakkab.go.id/rencana aksi.pdf";

      assertRefused(() -> plan(uri, SHA, "application/pdf", 1), "INVALID_EVIDENCE", "uri", uri);
    }

    @Test
    void refusesBlankUri() {
      assertRequired(() -> plan(" ", SHA, "application/pdf", 1), "uri", " ");
    }

    @ParameterizedTest(name = "refuses sha {0}")
    @ValueSource(strings = {
      "", "9f86d081", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088",
      "gf86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      " 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"
    })
    void refusesShaThatIsNot64HexDigits(String sha) {
      var e = assertRefused(() -> plan(URL, sha, "application/pdf", 1), "INVALID_EVIDENCE", "sha256", sha);

      assertThat(e.messageKey()).isEqualTo("error.evidence.sha256");
    }

    @ParameterizedTest(name = "refuses media type \"{0}\"")
    @ValueSource(strings = {"", "pdf", "application/", "/pdf", "application/pdf; charset=utf-8", "application / pdf", "application/pdf/x"})
    void refusesMediaTypeThatIsNotTypeSlashSubtype(String mediaType) {
      var e = assertRefused(
          () -> plan(URL, SHA, mediaType, 1), "INVALID_EVIDENCE", "mediaType", mediaType);

      assertThat(e.messageKey()).isEqualTo("error.evidence.mediaType");
    }

    @Test
    void refusesNegativeSize() {
      var e = assertRefused(() -> plan(URL, SHA, "application/pdf", -1), "INVALID_EVIDENCE", "sizeBytes", "-1");

      assertThat(e.messageKey()).isEqualTo("error.evidence.size");
    }

    @Test
    void refusesBadKind() {
      assertRefused(
          () -> EvidenceRef.of("action plan", URL, SHA, "application/pdf", 1),
          "INVALID_EVIDENCE_KIND", "evidenceKind", "action plan");
    }

    @Test
    void refusesNullParts() {
      EvidenceKind kind = EvidenceKind.of("ACTION_PLAN");
      URI uri = URI.create(URL);

      assertRefused(() -> EvidenceRef.of(null, URL, SHA, "application/pdf", 1), "INVALID_EVIDENCE_KIND", "evidenceKind", "null");
      assertRequired(() -> plan(null, SHA, "application/pdf", 1), "uri", "null");
      assertRefused(() -> plan(URL, null, "application/pdf", 1), "INVALID_EVIDENCE", "sha256", "null");
      assertRefused(() -> plan(URL, SHA, null, 1), "INVALID_EVIDENCE", "mediaType", "null");
      assertRequired(() -> new EvidenceRef(null, uri, SHA, "application/pdf", 1), "kind", "null");
      assertRequired(() -> new EvidenceRef(kind, null, SHA, "application/pdf", 1), "uri", "null");
      assertRefused(() -> new EvidenceRef(kind, uri, null, "application/pdf", 1), "INVALID_EVIDENCE", "sha256", "null");
      assertRefused(() -> new EvidenceRef(kind, uri, SHA, null, 1), "INVALID_EVIDENCE", "mediaType", "null");
    }
  }
}
