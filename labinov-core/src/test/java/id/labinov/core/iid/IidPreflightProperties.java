package id.labinov.core.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.labinov.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the pre-flight over generated registers and claims (issue 23): the supported level
 * never exceeds the claim, adding evidence never lowers it, removing a document lowers exactly the
 * claims it backed, and every gap names a document or its absence. Coverage guards make sure each
 * property met the cases it is about.
 */
class IidPreflightProperties {
  private static final Preflight PREFLIGHT = Preflight.iidInnovationIndicators();
  private static final Set<String> ABSENCES = Set.of("NO_DOCUMENT", "TOO_FEW_DOCUMENTS", "TOO_FEW_YEARS",
      "VALUE_MISSING", "VALUE_UNIT", "VALUE_TOO_LOW", "VALUE_TOO_HIGH");

  private static List<ClaimResult> run(List<IndicatorClaim> claims, List<EvidenceDocument> documents) {
    return PREFLIGHT.run(IidFixtures.YEAR, claims, documents).results();
  }

  @Test
  void theSupportedLevelNeverExceedsTheClaim() {
    AtomicInteger lowered = new AtomicInteger();
    AtomicInteger carried = new AtomicInteger();
    qt().withExamples(300).forAll(IidGens.registers(), IidGens.claims()).checkAssert((documents, claims) -> {
      for (ClaimResult r : run(claims, documents)) {
        assertThat(r.supportedLevel()).isBetween(0, r.claimedLevel());
        assertThat(r.supportedPoints()).isLessThanOrEqualTo(r.claimedPoints());
        if (r.supportedLevel() < r.claimedLevel()) {
          assertThat(r.gaps()).as("a claim carried lower says why").isNotEmpty();
          lowered.incrementAndGet();
        } else if (r.supportedLevel() > 0) {
          carried.incrementAndGet();
        }
      }
    });
    assertThat(lowered.get()).as("claims carried lower than claimed").isGreaterThan(100);
    assertThat(carried.get()).as("claims carried as made").isGreaterThan(20);
  }

  @Test
  void addingEvidenceNeverLowersTheSupportedLevel() {
    AtomicInteger raised = new AtomicInteger();
    qt().withExamples(300)
        .forAll(IidGens.registers(), IidGens.claims(), IidGens.docSpecs(), integers().between(0, 11))
        .checkAssert((documents, claims, spec, which) -> {
          List<ClaimResult> before = run(claims, documents);
          int target = which % claims.size();
          EvidenceDocument added = spec.build("new-doc");
          List<IndicatorClaim> more = new ArrayList<>(claims);
          IndicatorClaim claim = claims.get(target);
          List<String> ids = new ArrayList<>(claim.documentIds());
          ids.add(added.id());
          more.set(target, claim.withDocumentIds(ids));
          List<EvidenceDocument> register = new ArrayList<>(documents);
          register.add(added);

          List<ClaimResult> after = run(more, register);

          for (int i = 0; i < claims.size(); i++) {
            assertThat(after.get(i).supportedLevel()).as("claim %s", claims.get(i).indicator())
                .isGreaterThanOrEqualTo(before.get(i).supportedLevel());
            if (i != target) {
              assertThat(after.get(i)).isEqualTo(before.get(i));
            }
          }
          if (after.get(target).supportedLevel() > before.get(target).supportedLevel()) {
            raised.incrementAndGet();
          }
        });
    assertThat(raised.get()).as("additions that raised a claim").isGreaterThan(10);
  }

  @Test
  void removingADocumentLowersExactlyTheClaimsItBacked() {
    AtomicInteger lowered = new AtomicInteger();
    qt().withExamples(300)
        .forAll(IidGens.registers(), IidGens.claims(), integers().between(0, IidGens.POOL - 1))
        .checkAssert((documents, claims, which) -> {
          if (documents.isEmpty()) {
            return;
          }
          EvidenceDocument removed = documents.get(which % documents.size());
          List<ClaimResult> before = run(claims, documents);
          List<EvidenceDocument> fewer = documents.stream().filter(d -> d != removed).toList();

          List<ClaimResult> after = run(claims, fewer);

          for (int i = 0; i < claims.size(); i++) {
            ClaimResult b = before.get(i);
            ClaimResult a = after.get(i);
            boolean backed = b.supportingDocuments().contains(removed.id());
            if (!claims.get(i).documentIds().contains(removed.id())) {
              assertThat(a).as("a claim not linking the document is untouched").isEqualTo(b);
            }
            if (a.supportedLevel() < b.supportedLevel()) {
              assertThat(backed).as("only a claim the document backed is lowered").isTrue();
              lowered.incrementAndGet();
            }
            if (b.supportingDocuments().equals(List.of(removed.id()))) {
              assertThat(a.supportedLevel()).as("a claim the document alone carried is lowered")
                  .isLessThan(b.supportedLevel());
            }
            assertThat(a.supportedLevel()).isLessThanOrEqualTo(b.supportedLevel());
          }
        });
    assertThat(lowered.get()).as("removals that lowered a claim").isGreaterThan(10);
  }

  @Test
  void everyGapNamesADocumentOrItsAbsence() {
    AtomicInteger named = new AtomicInteger();
    AtomicInteger absent = new AtomicInteger();
    qt().withExamples(300).forAll(IidGens.registers(), IidGens.claims()).checkAssert((documents, claims) -> {
      Map<String, EvidenceDocument> byId = documents.stream().collect(Collectors.toMap(EvidenceDocument::id, Function.identity()));
      for (ClaimResult r : run(claims, documents)) {
        for (Gap g : r.gaps()) {
          for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
            assertThat(g.message(locale)).as("%s rendered", g.code()).doesNotContain("iid.gap.").isNotBlank();
          }
          if (g.documentId().isPresent()) {
            String id = g.documentId().get();
            assertThat(r.claim().documentIds()).as("a gap names a linked document").contains(id);
            EvidenceDocument d = byId.get(id);
            String named1 = d == null ? id : d.describe(Messages.INDONESIAN);
            String named2 = d == null ? id : d.describe(Locale.ENGLISH);
            assertThat(g.message(Messages.INDONESIAN)).contains(named1);
            assertThat(g.message(Locale.ENGLISH)).contains(named2);
            named.incrementAndGet();
          } else {
            assertThat(ABSENCES).as("a gap without a document is an absence").contains(g.code());
            absent.incrementAndGet();
          }
        }
      }
    });
    assertThat(named.get()).as("gaps naming a document").isGreaterThan(100);
    assertThat(absent.get()).as("gaps naming an absence").isGreaterThan(100);
  }
}
