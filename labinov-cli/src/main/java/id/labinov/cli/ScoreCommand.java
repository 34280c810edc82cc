package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code labinov score}: a jury's score sheets. {@code template} writes the sheet of a scheme (one row
 * per criterion, see {@link ScoreSheetFile}); {@code submit} reads a filled sheet and submits it as
 * the actor, the evaluator. A sheet with a problem (an unknown or repeated criterion, a missing or
 * out-of-range score) is refused naming every row and its fix, and nothing is submitted (exit 1); the
 * library's refusal (a conflict of interest, a second sheet in the round, a role) is printed with
 * every reason (exit 1).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    subcommands = {ScoreCommand.Template.class, ScoreCommand.Submit.class})
final class ScoreCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /** The evaluation schemes the tool's sessions register (the shipped ones), by id or by name. */
  static Choices<EvaluationScheme> schemes() {
    return Choices.of("--scheme", List.of(EvaluationSchemes.kippCriteria(), EvaluationSchemes.igaPresentation2023(),
        EvaluationSchemes.iidInnovationIndicators()).stream()
        .map(s -> new Choices.Choice<>(s, s.id(), List.of(s.name().in(Messages.INDONESIAN), s.name().in(Locale.ENGLISH))))
        .toList());
  }

  /**
   * {@code labinov score template --scheme ID [--out FILE.xlsx|FILE.csv]}: the scheme's empty score
   * sheet in the user's language; CSV on standard output without {@code --out}. Needs no database.
   */
  @Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Template extends BaseCommand {
    @Option(names = "--scheme", required = true, paramLabel = "ID", descriptionKey = "option.scoreScheme")
    String scheme;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.scoreTemplateOut")
    Path out;

    @Override
    int run() throws Exception {
      Texts t = texts();
      EvaluationScheme s = schemes().parse(scheme, t);
      List<List<String>> rows = ScoreSheetFile.template(s, t);
      if (out == null) {
        ScoreSheetFile.writeCsv(rows, out());
        return ExitCodes.OK;
      }
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
        throw new CliException(ExitCodes.USAGE, "error.score.outFormat", out);
      }
      if (Files.isDirectory(out)) {
        throw new CliException(ExitCodes.USAGE, "error.file.folder", out.toAbsolutePath());
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        if (name.endsWith(".xlsx")) {
          ScoreSheetFile.writeXlsx(rows, s.id(), o);
        } else {
          ScoreSheetFile.writeCsv(rows, new OutputStreamWriter(o, StandardCharsets.UTF_8));
        }
      }
      out().println(t.get("score.templateWritten", out, s.criteria().size(), s.name().in(t.locale())));
      return ExitCodes.OK;
    }
  }

  /**
   * {@code labinov score submit INNOVATION --scheme ID --round N --file SHEET}: reads a filled sheet
   * (CSV or XLSX) and submits it as the actor.
   */
  @Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Submit extends InnovationCommand {
    @Option(names = "--scheme", required = true, paramLabel = "ID", descriptionKey = "option.scoreScheme")
    String scheme;

    @Option(names = "--round", required = true, paramLabel = "YYYY", descriptionKey = "option.scoreRound")
    int round;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "option.scoreFile")
    Path file;

    @Mixin
    TableFileOptions tableFile = new TableFileOptions();

    @Override
    int run() throws Exception {
      Texts t = texts();
      EvaluationScheme chosen = schemes().parse(scheme, t);
      Settings.ensureReadable(file);
      ScoreSheetFile.Reading sheet = ScoreSheetFile.read(tableFile.read(file, this), chosen, t);
      if (!sheet.problems().isEmpty()) {
        for (ScoreSheetFile.Problem p : sheet.problems()) {
          out().println((p.row() == 0 ? t.get("score.sheet") : t.get("import.row", p.row())) + " "
              + t.get("import.rejected", p.why().replace("\n", " ")));
        }
        out().println(t.get("score.nothingSubmitted", sheet.problems().size()));
        return ExitCodes.REFUSED;
      }
      Actor evaluator = settings().actor();
      InnovationRef ref = ref();
      try (Session s = open()) {
        EvaluationScheme registered = s.lab().evaluations().scheme(chosen.id());
        EvaluationDecision<ScoreEntry> d = s.lab().evaluations().submitScores(ref, evaluator, registered.id(), round,
            sheet.scores());
        if (!d.accepted()) {
          out().println(d.verdict().describe(t.locale(), s.lab().innovations().rulebookOf(ref)));
          return ExitCodes.REFUSED;
        }
        BigDecimal score = registered.score(new ScoreSheet(evaluator.personId(), sheet.scores()));
        String category = registered.findCategory(score).map(c -> " (" + c.label().in(t.locale()) + ")").orElse("");
        String title = s.lab().innovations().get(ref).details().title();
        out().println(t.get("score.submitted", title, registered.name().in(t.locale()), String.valueOf(round),
            sheet.scores().size(),
            ValueText.decimal(score, t) + category));
        return ExitCodes.OK;
      }
    }
  }
}
