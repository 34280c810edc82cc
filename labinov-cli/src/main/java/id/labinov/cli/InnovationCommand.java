package id.labinov.cli;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.rules.Rulebook;
import picocli.CommandLine.Parameters;

/**
 * A command on one innovation, given as {@code REGION/ID}, as {@code ID} with {@code --region}, as a
 * start of its id or as its exact title ({@link InnovationFinder}). Prints the outcome of a
 * transition as a sentence ({@link Sentences}) and maps it to an exit code.
 */
abstract class InnovationCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
  String innovation;

  private InnovationRef resolved;

  /**
   * The innovation the user named, looked up once: a full reference is read as it is, a prefix or a
   * title is found in the configured region or scope (through a session of its own).
   */
  InnovationRef ref() {
    if (resolved == null) {
      resolved = InnovationFinder.find(innovation, settings(), this::open);
    }
    return resolved;
  }

  /**
   * Reads {@code REGION/ID}, or {@code ID} in the configured region, and checks that the region is
   * inside the configured working scope before anything is read or written.
   */
  static InnovationRef parseRef(String innovation, Settings settings) {
    String text = innovation.strip();
    int slash = text.indexOf('/');
    InnovationRef ref;
    if (slash > 0) {
      ref = InnovationRef.of(text.substring(0, slash), text.substring(slash + 1));
    } else {
      String region = settings.region();
      if (region == null) {
        throw new CliException(ExitCodes.USAGE, "error.region.missing", text);
      }
      ref = InnovationRef.of(region, text);
    }
    Scopes.checkReadable(ref.region(), settings);
    return ref;
  }

  /** Reads a region code from the given text, else the configured region. */
  static id.labinov.core.model.RegionCode parseRegion(String text, Settings settings) {
    String r = text != null ? text : settings.region();
    if (r == null) {
      throw new CliException(ExitCodes.USAGE, "error.region.required");
    }
    return id.labinov.core.model.RegionCode.parse(r);
  }

  /** Prints an accepted or refused result; returns 0 or {@link ExitCodes#REFUSED}. */
  int print(Session session, CommandResult result) {
    Texts t = texts();
    Rulebook rulebook = session.lab().innovations().rulebookOf(ref());
    if (!result.accepted()) {
      out().println(result.verdict().describe(t.locale(), rulebook));
      return ExitCodes.REFUSED;
    }
    out().println(Sentences.of(result, rulebook, Names.of(session, t)));
    if (!result.verdict().warnings().isEmpty()) {
      out().println(result.verdict().describe(t.locale(), rulebook));
    }
    return ExitCodes.OK;
  }

  String stageLabel(Rulebook rulebook, String stage) {
    return rulebook.findStage(stage).map(st -> st.label().in(texts().locale()))
        .orElse(stage);
  }
}
