package id.labinov.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Target rulebooks for migration tests, derived from the shipped 5D rulebook's JSON. */
final class MigrationRulebooks {
  private MigrationRulebooks() {}

  /** The shipped 5D rulebook's JSON text. */
  static String fiveDJson() {
    try (InputStream in = Rulebooks.class.getResourceAsStream(Rulebooks.FIVE_D_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same JSON with the version bumped. */
  static Rulebook identicalCopy(int version) {
    String json = fiveDJson();
    assertThat(json).contains("\"version\": 1,");
    Rulebook copy = Rulebooks.parse(json.replace("\"version\": 1,", "\"version\": " + version + ","));
    assertThat(copy.version()).isEqualTo(version);
    return copy;
  }

  /** Version 2 of 5D whose design-to-deliver needs a 400-word design narrative (the conditional advance keeps 300). */
  static Rulebook designNeeds400Words() {
    String json = fiveDJson().replace("\"version\": 1,", "\"version\": 2,");
    int at = json.indexOf("\"min\": 300", json.indexOf("\"id\": \"design-to-deliver\""));
    String stricter = json.substring(0, at) + "\"min\": 400" + json.substring(at + "\"min\": 300".length());
    Rulebook r = Rulebooks.parse(stricter);
    assertThat(r.getTransition("design-to-deliver").rules().get(0).parameters().get("min").toString()).isEqualTo("400");
    assertThat(r.getTransition("design-to-deliver-conditional").rules().get(0).parameters().get("min").toString())
        .isEqualTo("300");
    return r;
  }

  /** Version 2 of 5D without DELIVER: Design leads straight to Display. */
  static Rulebook withoutDeliver() {
    return Rulebooks.parse("""
        {
          "format": "labinov-rulebook/1",
          "id": "5d",
          "version": 2,
          "name": {"id": "Metode 5D tanpa Deliver", "en": "5D without Deliver"},
          "entryStage": "DRUM_UP",
          "stages": [
            {"code": "DRUM_UP", "order": 1, "label": {"id": "Drum-up", "en": "Drum-up"}},
            {"code": "DIAGNOSE", "order": 2, "label": {"id": "Diagnose", "en": "Diagnose"}},
            {"code": "DESIGN", "order": 3, "label": {"id": "Design", "en": "Design"}, "nationalStage": "INISIATIF"},
            {"code": "DISPLAY", "order": 5, "label": {"id": "Display", "en": "Display"}, "nationalStage": "PENERAPAN"}
          ],
          "transitions": [
            {"id": "drum-up-to-diagnose", "kind": "ADVANCE", "from": ["DRUM_UP"], "to": "DIAGNOSE",
             "label": {"id": "Lanjut", "en": "Advance"},
             "rules": [{"type": "evidence", "severity": "MUST", "params": {"kind": "COMMITMENT_LETTER"}}]},
            {"id": "diagnose-to-design", "kind": "ADVANCE", "from": ["DIAGNOSE"], "to": "DESIGN",
             "label": {"id": "Lanjut", "en": "Advance"},
             "rules": [{"type": "required-field", "severity": "MUST", "params": {"field": "problem"}}]},
            {"id": "design-to-display", "kind": "ADVANCE", "from": ["DESIGN"], "to": "DISPLAY",
             "label": {"id": "Lanjut", "en": "Advance"},
             "rules": [{"type": "evidence", "severity": "MUST", "params": {"kind": "IMPLEMENTATION_REPORT"}}]},
            {"id": "return-to-design", "kind": "RETURN_FOR_REWORK", "from": ["DISPLAY"], "to": "DESIGN",
             "label": {"id": "Kembali", "en": "Return"}, "rules": []},
            {"id": "drop", "kind": "DROP", "from": ["*"], "label": {"id": "Hentikan", "en": "Drop"}, "rules": []}
          ]
        }
        """);
  }
}
