package id.labinov.core.national;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.OpdCode;
import id.labinov.core.rules.Rulebook;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An innovation in the national profile layout (Profil Inovasi Daerah), with the fields still
 * missing listed by name. The initiator's name comes from the directory
 * ({@link id.labinov.core.spi.Directory#findPersonName}); the NIP is never part of the profile.
 *
 * @param name the innovation's name
 * @param opd the unit, or {@code null}
 * @param initiatorType the initiator type, or {@code null}
 * @param initiatorName the initiator's name, or {@code null} if the directory has none
 * @param bentuk the form, or {@code null}
 * @param jenis the type, or {@code null}
 * @param governmentAffair the government affair, or {@code null}
 * @param nationalStage the tahapan, or {@code null} while not yet set
 * @param initiationDate the day it was proposed (in the region's zone)
 * @param trialStartDate the trial start, or {@code null}
 * @param implementationStartDate the implementation start, or {@code null}
 * @param designNarrative the rancang bangun, or {@code null}
 * @param designNarrativeWords its word count
 * @param goals the goals, or {@code null}
 * @param benefits the benefits, or {@code null}
 * @param results the results, or {@code null}
 * @param budgetDocument the budget evidence, or {@code null}
 * @param sopDocument the SOP evidence, or {@code null}
 * @param video the video, or {@code null}
 * @param coordinates the location, or {@code null}
 * @param missing the names of the fields still missing, in layout order
 */
public record InnovationProfile(
    String name, OpdCode opd, InitiatorType initiatorType, String initiatorName, Bentuk bentuk, Jenis jenis,
    GovernmentAffair governmentAffair, NationalStage nationalStage, LocalDate initiationDate,
    LocalDate trialStartDate, LocalDate implementationStartDate, String designNarrative, int designNarrativeWords,
    String goals, String benefits, String results, URI budgetDocument, URI sopDocument, URI video,
    String coordinates, List<String> missing) {
  /** The minimum length of the design narrative in the national form, in words. */
  public static final int MIN_DESIGN_WORDS = 300;

  /**
   * Copies the parts.
   *
   * @param name the innovation's name
   * @param opd the unit, or {@code null}
   * @param initiatorType the initiator type, or {@code null}
   * @param initiatorName the initiator's name, or {@code null} if the directory has none
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param governmentAffair the government affair, or {@code null}
   * @param nationalStage the tahapan, or {@code null} while not yet set
   * @param initiationDate the day it was proposed (in the region's zone)
   * @param trialStartDate the trial start, or {@code null}
   * @param implementationStartDate the implementation start, or {@code null}
   * @param designNarrative the rancang bangun, or {@code null}
   * @param designNarrativeWords its word count
   * @param goals the goals, or {@code null}
   * @param benefits the benefits, or {@code null}
   * @param results the results, or {@code null}
   * @param budgetDocument the budget evidence, or {@code null}
   * @param sopDocument the SOP evidence, or {@code null}
   * @param video the video, or {@code null}
   * @param coordinates the location, or {@code null}
   * @param missing the names of the fields still missing, in layout order
   * @throws id.labinov.core.error.InvalidValueException if the name or missing list is absent
   */
  public InnovationProfile {
    Checks.notBlank(name, "name");
    missing = List.copyOf(Checks.notNull(missing, "missing"));
  }

  /** {@return whether every profile field is present} */
  public boolean complete() {
    return missing.isEmpty();
  }

  /**
   * Builds the profile of an innovation.
   *
   * @param state the innovation
   * @param rulebook its rulebook
   * @param initiatorName the initiator's name (the proposer's, from the directory), or {@code null}
   *     if the directory has none
   * @param today the current date in the region's zone
   * @return the profile
   */
  public static InnovationProfile of(InnovationState state, Rulebook rulebook, String initiatorName, LocalDate today) {
    Checks.notNull(state, "state");
    InnovationDetails d = state.details();
    NationalStage tahapan = NationalAlignment.stage(state, rulebook, today).orElse(null);
    LocalDate initiation = state.proposedAt().atZone(state.region().defaultTimeZone().zoneId()).toLocalDate();
    LocalDate trial = NationalAlignment.date(d, InnovationDetails.TRIAL_START_DATE).orElse(null);
    LocalDate implementation = NationalAlignment.date(d, InnovationDetails.IMPLEMENTATION_START_DATE).orElse(null);
    String narrative = d.texts().get(InnovationDetails.DESIGN_NARRATIVE);
    int words = id.labinov.core.rules.Rulebooks.countWords(narrative);
    URI budget = evidence(state, "BUDGET");
    URI sop = evidence(state, "SOP");
    URI video = evidence(state, "VIDEO");
    String coords = d.texts().get(InnovationDetails.COORDINATES);
    List<String> missing = new ArrayList<>();
    check(missing, d.opd(), "opd");
    check(missing, d.initiatorType(), "initiatorType");
    check(missing, initiatorName, "initiatorName");
    check(missing, d.bentuk(), "bentuk");
    check(missing, d.jenis(), "jenis");
    check(missing, d.governmentAffair(), "governmentAffair");
    check(missing, tahapan, "nationalStage");
    if (tahapan == NationalStage.UJI_COBA || tahapan == NationalStage.PENERAPAN) {
      check(missing, trial == null && implementation == null ? null : "x", "trialStartDate");
    }
    if (tahapan == NationalStage.PENERAPAN) {
      check(missing, implementation, "implementationStartDate");
    }
    if (words < MIN_DESIGN_WORDS) {
      missing.add("designNarrative");
    }
    check(missing, d.texts().get(InnovationDetails.GOALS), "goals");
    check(missing, d.texts().get(InnovationDetails.BENEFITS), "benefits");
    check(missing, d.texts().get(InnovationDetails.RESULTS), "results");
    check(missing, budget, "budgetDocument");
    check(missing, sop, "sopDocument");
    check(missing, video, "video");
    check(missing, coords, "coordinates");
    return new InnovationProfile(d.title(), d.opd(), d.initiatorType(), initiatorName,
        d.bentuk(), d.jenis(), d.governmentAffair(), tahapan, initiation, trial, implementation, narrative, words,
        d.texts().get(InnovationDetails.GOALS), d.texts().get(InnovationDetails.BENEFITS),
        d.texts().get(InnovationDetails.RESULTS), budget, sop, video, coords, missing);
  }

  private static URI evidence(InnovationState state, String kind) {
    EvidenceKind k = EvidenceKind.of(kind);
    return state.evidence().stream().filter(e -> e.kind().equals(k)).map(EvidenceRef::uri).reduce((a, b) -> b).orElse(null);
  }

  private static void check(List<String> missing, Object value, String name) {
    if (value == null) {
      missing.add(name);
    }
  }
}
