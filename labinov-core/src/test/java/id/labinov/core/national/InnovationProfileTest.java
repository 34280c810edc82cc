package id.labinov.core.national;

import static id.labinov.core.programme.LabFixture.innovator;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.IdentityNumber;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.programme.LabFixture;
import id.labinov.core.rules.Rulebooks;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The national profile (Profil Inovasi Daerah): which fields are still missing, and privacy. */
class InnovationProfileTest {
  private static final LocalDate TODAY = LocalDate.of(2019, 12, 16);
  private static final String INITIATOR = "dr. Siti Rahmawati";

  private final LabFixture fx = new LabFixture();
  private final Labinov lab = fx.lab;

  private InnovationProfile profile(InnovationRef ref, String initiatorName) {
    return InnovationProfile.of(lab.innovations().get(ref), Rulebooks.fiveD(), initiatorName, TODAY);
  }

  private void update(InnovationRef ref, java.util.function.UnaryOperator<InnovationDetails> change) {
    lab.innovations().updateDetails(ref, innovator("DINKES"), change.apply(lab.innovations().get(ref).details()), Options.none()).orThrow();
  }

  private void attach(InnovationRef ref, String kind) {
    lab.innovations().attachEvidence(ref, innovator("DINKES"), fx.evidence(kind), Options.none()).orThrow();
  }

  /** An innovation in Display with every profile field filled. */
  private InnovationRef complete() {
    InnovationRef ref = fx.innovationIn("DISPLAY", "Posyandu Digital Lebak", "DINKES", null);
    update(ref, d -> d
        .withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL)
        .withInitiatorType(InitiatorType.ASN)
        .withGovernmentAffair(GovernmentAffair.KESEHATAN)
        .withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(300, "rancang"))
        .withText(InnovationDetails.TRIAL_START_DATE, "2019-06-03")
        .withText(InnovationDetails.IMPLEMENTATION_START_DATE, "2019-09-02")
        .withText(InnovationDetails.COORDINATES, "-6.3544,106.2437"));
    attach(ref, "BUDGET");
    attach(ref, "SOP");
    attach(ref, "VIDEO");
    return ref;
  }

  @Nested
  class Complete {
    @Test
    void aFullyFilledInnovationIsComplete() {
      // given
      InnovationRef ref = complete();

      // when
      InnovationProfile p = profile(ref, INITIATOR);

      // then
      assertThat(p.missing()).isEmpty();
      assertThat(p.complete()).isTrue();
      assertThat(p.name()).isEqualTo("Posyandu Digital Lebak");
      assertThat(p.opd()).isEqualTo(OpdCode.of("DINKES"));
      assertThat(p.initiatorType()).isEqualTo(InitiatorType.ASN);
      assertThat(p.initiatorName()).isEqualTo("dr. Siti Rahmawati");
      assertThat(p.bentuk()).isEqualTo(Bentuk.PELAYANAN_PUBLIK);
      assertThat(p.jenis()).isEqualTo(Jenis.DIGITAL);
      assertThat(p.governmentAffair()).isEqualTo(GovernmentAffair.KESEHATAN);
      assertThat(p.nationalStage()).isEqualTo(NationalStage.PENERAPAN);
      assertThat(p.trialStartDate()).isEqualTo(LocalDate.of(2019, 6, 3));
      assertThat(p.implementationStartDate()).isEqualTo(LocalDate.of(2019, 9, 2));
      assertThat(p.designNarrativeWords()).isEqualTo(300);
      assertThat(p.goals()).isEqualTo("Cakupan layanan naik.");
      assertThat(p.benefits()).isEqualTo("Warga terlayani tepat waktu.");
      assertThat(p.results()).isEqualTo("1.240 warga terdaftar.");
      assertThat(p.budgetDocument().toString()).contains("/budget-");
      assertThat(p.sopDocument().toString()).contains("/sop-");
      assertThat(p.video().toString()).contains("/video-");
      assertThat(p.coordinates()).isEqualTo("-6.3544,106.2437");
    }

    @Test
    void neverContainsTheInitiatorsNip() {
      // given the initiator's name, as the directory gives it
      InnovationProfile p = profile(complete(), INITIATOR);

      // then no component holds an identity number, and no way in takes a person record
      assertThat(Arrays.stream(InnovationProfile.class.getRecordComponents()).map(RecordComponent::getType))
          .noneMatch(IdentityNumber.class::isAssignableFrom).doesNotContain(Person.class);
      assertThat(Arrays.stream(InnovationProfile.class.getRecordComponents()).map(RecordComponent::getName))
          .noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("nip"));
      assertThat(Arrays.stream(InnovationProfile.class.getMethods()).flatMap(m -> Arrays.stream(m.getParameterTypes())))
          .noneMatch(IdentityNumber.class::isAssignableFrom).doesNotContain(Person.class);
      assertThat(p.initiatorName()).isEqualTo(INITIATOR);
    }

    @Test
    void theLatestEvidenceOfAKindIsShown() {
      InnovationRef ref = complete();
      attach(ref, "VIDEO");

      InnovationProfile p = profile(ref, INITIATOR);

      URI latest = lab.innovations().get(ref).evidence().get(lab.innovations().get(ref).evidence().size() - 1).uri();
      assertThat(p.video()).isEqualTo(latest);
    }

    @Test
    void theInitiationDateIsTheDayOfProposalInTheRegionsZone() {
      // given a proposal at 23:30 WIB on 2019-01-13 (already 01:30 on the 14th in WIT, the JVM's zone)
      fx.clock.set(Instant.parse("2019-01-13T16:30:00Z"));
      InnovationRef ref = fx.propose("Kartu Sehat Desa", "DINKES", null);

      // then
      assertThat(profile(ref, null).initiationDate()).isEqualTo(LocalDate.of(2019, 1, 13));
    }
  }

  @Nested
  class Missing {
    @Test
    void aNewIdeaListsEveryMissingFieldInLayoutOrder() {
      // given only a title
      InnovationRef ref = lab.innovations().propose(LabFixture.LEBAK, innovator("DINKES"), InnovationDetails.titled("Ide baru"))
          .orThrow().ref();

      // when
      InnovationProfile p = profile(ref, null);

      // then
      assertThat(p.missing()).containsExactly("opd", "initiatorType", "initiatorName", "bentuk", "jenis",
          "governmentAffair", "nationalStage", "designNarrative", "goals", "benefits", "results", "budgetDocument",
          "sopDocument", "video", "coordinates");
      assertThat(p.complete()).isFalse();
      assertThat(p.nationalStage()).isNull();
      assertThat(p.designNarrativeWords()).isZero();
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"goals", "benefits", "results", "coordinates", "implementationStartDate"})
    void aMissingTextIsTheOnlyFieldListed(String text) {
      // given a complete innovation
      InnovationRef ref = complete();

      // when the text is removed
      update(ref, d -> d.withText(text, null));

      // then
      assertThat(profile(ref, INITIATOR).missing()).containsExactly(text);
    }

    @Test
    void aNarrativeOf299WordsIsMissingAndOf300IsNot() {
      InnovationRef ref = complete();

      update(ref, d -> d.withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(299, "rancang")));

      InnovationProfile p = profile(ref, INITIATOR);
      assertThat(p.missing()).containsExactly("designNarrative");
      assertThat(p.designNarrativeWords()).isEqualTo(299);
      assertThat(InnovationProfile.MIN_DESIGN_WORDS).isEqualTo(300);
    }

    @Test
    void aNarrativeCountsWordsNotPunctuation() {
      InnovationRef ref = complete();

      update(ref, d -> d.withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(299, "rancang") + " - , ."));

      assertThat(profile(ref, INITIATOR).missing()).containsExactly("designNarrative");
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"BUDGET", "SOP", "VIDEO"})
    void missingEvidenceIsListedByItsProfileField(String kind) {
      // given an innovation with every field but one kind of evidence
      InnovationRef ref = fx.innovationIn("DISPLAY", "Posyandu Digital Lebak", "DINKES", null);
      update(ref, d -> d
          .withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL)
          .withInitiatorType(InitiatorType.ASN)
          .withGovernmentAffair(GovernmentAffair.KESEHATAN)
          .withText(InnovationDetails.DESIGN_NARRATIVE, LabFixture.words(300, "rancang"))
          .withText(InnovationDetails.IMPLEMENTATION_START_DATE, "2019-09-02")
          .withText(InnovationDetails.COORDINATES, "-6.3544,106.2437"));
      for (String k : List.of("BUDGET", "SOP", "VIDEO")) {
        if (!k.equals(kind)) {
          attach(ref, k);
        }
      }

      // when / then
      String field = switch (kind) {
        case "BUDGET" -> "budgetDocument";
        case "SOP" -> "sopDocument";
        default -> "video";
      };
      assertThat(profile(ref, INITIATOR).missing()).containsExactly(field);
    }

    @Test
    void withoutANameInTheDirectoryTheInitiatorNameIsMissing() {
      InnovationProfile p = profile(complete(), null);

      assertThat(p.missing()).containsExactly("initiatorName");
      assertThat(p.initiatorName()).isNull();
    }

    @Test
    void inUjiCobaATrialOrImplementationDateIsNeeded() {
      // given an innovation in Deliver (uji coba) without dates
      InnovationRef ref = fx.innovationIn("DELIVER", "Posyandu Digital Lebak", "DINKES", null);

      // then
      assertThat(profile(ref, INITIATOR).missing()).contains("trialStartDate").doesNotContain("implementationStartDate");

      // and a trial date fills it
      update(ref, d -> d.withText(InnovationDetails.TRIAL_START_DATE, "2019-06-03"));
      assertThat(profile(ref, INITIATOR).missing()).doesNotContain("trialStartDate", "implementationStartDate");
    }

    @Test
    void inPenerapanBothDatesAreListedUntilTheImplementationDateIsGiven() {
      InnovationRef ref = fx.innovationIn("DISPLAY", "Posyandu Digital Lebak", "DINKES", null);

      assertThat(profile(ref, INITIATOR).missing()).contains("trialStartDate", "implementationStartDate");

      update(ref, d -> d.withText(InnovationDetails.IMPLEMENTATION_START_DATE, "2019-09-02"));
      assertThat(profile(ref, INITIATOR).missing()).doesNotContain("trialStartDate", "implementationStartDate");
    }

    @Test
    void beforeInisiatifNoDateIsAsked() {
      InnovationRef ref = fx.innovationIn("DIAGNOSE", "Posyandu Digital Lebak", "DINKES", null);

      assertThat(profile(ref, INITIATOR).missing()).contains("nationalStage")
          .doesNotContain("trialStartDate", "implementationStartDate");
    }

    @Test
    void aMalformedDateCountsAsMissing() {
      InnovationRef ref = complete();

      update(ref, d -> d.withText(InnovationDetails.IMPLEMENTATION_START_DATE, "2 September 2019"));

      InnovationProfile p = profile(ref, INITIATOR);
      assertThat(p.missing()).containsExactly("implementationStartDate");
      assertThat(p.implementationStartDate()).isNull();
    }
  }
}
