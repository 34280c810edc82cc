package id.labinov.examples;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Facts;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The Quick start demo: loads the 5D rulebook and checks a gate, printing the verdict in both languages. */
public final class LifecycleDemo {
  private LifecycleDemo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Rulebook fiveD = Rulebooks.fiveD();
    System.out.println("Rulebook " + fiveD.reference() + " sha256=" + fiveD.hash());
    Actor coach = Actor.of("coach-01", "BAPPEDA", Role.COACH);
    RuleContext now = RuleContext.of(Instant.parse("2019-10-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    Facts draft = SimpleFacts.builder()
        .stage("DESIGN").stageEnteredAt(Instant.parse("2019-09-01T02:00:00Z"))
        .opd(OpdCode.of("DINKES")).actor(coach)
        .field("title", "Posyandu Digital").field("designNarrative", "Masih draf singkat.")
        .build();
    Verdict refused = Rulebooks.check(fiveD, "design-to-deliver", draft, now);
    System.out.println(refused.describe(Messages.INDONESIAN));
    System.out.println(refused.describe(Locale.ENGLISH));
  }
}
