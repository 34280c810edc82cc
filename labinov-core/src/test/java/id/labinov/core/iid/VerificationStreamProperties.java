package id.labinov.core.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Properties of the verification stream over generated command sequences: no accepted decision is
 * lost (the stream is exactly the accepted decisions, in order), the latest per claim is the last
 * accepted one, a stale version writes nothing, and the agreement's counts match an independent
 * count of the same decisions.
 */
class VerificationStreamProperties {
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final List<InnovationId> INNOVATIONS = List.of(
      new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000001")),
      new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000002")));
  private static final List<String> INDICATORS = List.of("REGULATION", "BENEFIT", "VIDEO");
  private static final Instant T0 = Instant.parse("2026-06-10T03:20:45Z");

  /** One generated command: which key, which levels, and whether it states a stale version. */
  private record Step(int key, int claimed, int verified, int predicted, boolean stale) {
    static Step of(List<Integer> n) {
      int claimed = 1 + n.get(1) % 3;
      return new Step(n.get(0) % 7, claimed, n.get(2) % (claimed + 1), n.get(3) % 5 - 1, n.get(4) % 4 == 0);
    }

    ClaimKey claimKey() {
      return key == 6 ? ClaimKey.forRegion(LEBAK, 2026, "SPD_03")
          : ClaimKey.forInnovation(LEBAK, INNOVATIONS.get(key % 2), 2026, INDICATORS.get(key % 3));
    }

    Verification decision(int i) {
      OptionalInt prediction = predicted < 0 || key == 6 ? OptionalInt.empty() : OptionalInt.of(Math.min(predicted, 3));
      return new Verification(claimKey(), verified, "keputusan " + i, 1, claimed, prediction, PersonId.of("v-" + i % 2),
          T0.plusSeconds(i));
    }
  }

  @Test
  void theStreamIsTheAcceptedDecisionsAndTheLatestIsTheLastAccepted() {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger revised = new AtomicInteger();
    qt().withExamples(200).forAll(lists().of(lists().of(integers().between(0, 1000)).ofSize(5)).ofSizeBetween(1, 40))
        .checkAssert(raw -> {
          InMemoryClaimVerificationStore store = new InMemoryClaimVerificationStore();
          Map<ClaimKey, Verification> model = new HashMap<>();
          Map<ClaimKey, Long> versions = new HashMap<>();
          List<Verification> accepted = new ArrayList<>();
          for (int i = 0; i < raw.size(); i++) {
            Step step = Step.of(raw.get(i));
            Verification v = step.decision(i);
            long current = versions.getOrDefault(v.key(), 0L);
            long stated = step.stale ? current + 1 : current;
            try {
              RecordedVerification r = store.record(v, stated);
              assertThat(step.stale).as("a stale version is refused").isFalse();
              assertThat(r.version()).isEqualTo(current + 1);
              if (current > 0) {
                revised.incrementAndGet();
              }
              versions.put(v.key(), current + 1);
              model.put(v.key(), v);
              accepted.add(v);
            } catch (RegisterConflictException e) {
              assertThat(step.stale).as("only a stale version is refused").isTrue();
              refused.incrementAndGet();
            }
          }
          List<RecordedVerification> log = new ArrayList<>();
          long after = 0;
          for (List<RecordedVerification> page = store.log(LEBAK, after, 7); !page.isEmpty();
              page = store.log(LEBAK, after, 7)) {
            log.addAll(page);
            after = page.get(page.size() - 1).sequence();
          }
          assertThat(log).extracting(RecordedVerification::verification).containsExactlyElementsOf(accepted);
          List<RecordedVerification> latest = store.latest(LEBAK, 2026);
          assertThat(latest).hasSize(model.size());
          latest.forEach(r -> assertThat(r.verification()).isEqualTo(model.get(r.key())));
          checkAgreement(latest, new ArrayList<>(model.values()));
        });
    assertThat(refused.get()).as("stale commands met").isGreaterThan(100);
    assertThat(revised.get()).as("revisions met").isGreaterThan(100);
  }

  /** Recounts the agreement from the model's decisions, by plain loops. */
  private static void checkAgreement(List<RecordedVerification> latest, List<Verification> decisions) {
    VerificationAgreement agreement = VerificationAgreement.of(latest);
    int compared = 0;
    int agreed = 0;
    int unpredicted = 0;
    for (Verification d : decisions) {
      if (d.predictedLevel().isEmpty()) {
        unpredicted++;
      } else {
        compared++;
        agreed += d.predictedLevel().getAsInt() == d.verifiedLevel() ? 1 : 0;
      }
    }
    assertThat(agreement.overall().compared()).isEqualTo(compared);
    assertThat(agreement.overall().agreed()).isEqualTo(agreed);
    assertThat(agreement.overall().unpredicted()).isEqualTo(unpredicted);
    assertThat(agreement.indicators().stream().mapToInt(VerificationAgreement.IndicatorAgreement::compared).sum())
        .isEqualTo(compared);
    if (compared == 0) {
      assertThat(agreement.overall().percent()).isEmpty();
    } else {
      BigDecimal expected = new BigDecimal(agreed).multiply(new BigDecimal(100))
          .divide(new BigDecimal(compared), 1, RoundingMode.HALF_UP);
      assertThat(agreement.overall().percent()).contains(expected);
    }
  }
}
