package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * One innovation in the showcase catalogue: public information only (no person, no NIP).
 *
 * @param number the running number in the catalogue, from 1
 * @param groupKey the group (OPD or theme code), or {@code null} for "not set"
 * @param groupName the group's name from the report directory, or {@code null}
 * @param title the title
 * @param opd the unit, or {@code null}
 * @param opdName its name, or {@code null}
 * @param bentuk the form, or {@code null}
 * @param jenis the type, or {@code null}
 * @param themes the themes
 * @param themeNames their names, in the same order: from the report directory, else the code written as
 *     words ("Kota Layak Anak")
 * @param stage the current stage
 * @param stageLabel its label
 * @param nationalStage the national stage (tahapan), or {@code null} while not yet set
 * @param since the day it entered its current stage, in its region's zone
 * @param ideaSummary the idea summary, or {@code null}
 * @param benefits the benefits, or {@code null}
 * @param results the results, or {@code null}
 * @param video the latest video evidence, or {@code null}
 */
public record CatalogueEntry(int number, String groupKey, String groupName, String title, OpdCode opd,
    String opdName, Bentuk bentuk, Jenis jenis, List<Theme> themes, List<String> themeNames, String stage, LocalizedText stageLabel,
    NationalStage nationalStage, LocalDate since, String ideaSummary, String benefits, String results, URI video) {
  /**
   * Validates and copies the parts.
   *
   * @param number the running number in the catalogue, from 1
   * @param groupKey the group (OPD or theme code), or {@code null} for "not set"
   * @param groupName the group's name from the report directory, or {@code null}
   * @param title the title
   * @param opd the unit, or {@code null}
   * @param opdName its name, or {@code null}
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param themes the themes
   * @param themeNames their names, in the same order: from the report directory, else the code written as
   *     words ("Kota Layak Anak")
   * @param stage the current stage
   * @param stageLabel its label
   * @param nationalStage the national stage (tahapan), or {@code null} while not yet set
   * @param since the day it entered its current stage, in its region's zone
   * @param ideaSummary the idea summary, or {@code null}
   * @param benefits the benefits, or {@code null}
   * @param results the results, or {@code null}
   * @param video the latest video evidence, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public CatalogueEntry {
    Checks.notNull(title, "title");
    themes = List.copyOf(Checks.notNull(themes, "themes"));
    themeNames = List.copyOf(Checks.notNull(themeNames, "themeNames"));
    if (themeNames.size() != themes.size()) {
      throw new id.labinov.core.error.InvalidValueException("SIZE_MISMATCH", "themeNames", themeNames, "error.sizeMismatch",
          themes.size());
    }
    Checks.notBlank(stage, "stage");
    Checks.notNull(stageLabel, "stageLabel");
    Checks.notNull(since, "since");
  }
}
