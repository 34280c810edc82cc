package id.labinov.core.internal.codec;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Refusal;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeObject;
import id.labinov.core.programme.Programme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The JSON documents a store may keep beside the event stream: an innovation's current state (so
 * loading never needs the history), a programme, an evaluator's scores, and a refusal's reasons.
 * Documents carry a format number where they can change; keys are sorted, absent members are left
 * out, and the text is pure ASCII (every other character escaped), so it survives any database
 * character set. Reading keeps strings exactly as written, so a document reads back equal to what
 * was written; every document an earlier labinov version wrote reads back too. Thread-safe.
 */
public final class StoredDocuments {
  private StoredDocuments() {}

  /**
   * Writes an innovation's state document (format 1).
   *
   * @param state the state
   * @return the document
   * @throws InvalidValueException with code {@code REQUIRED} if {@code state} is {@code null}
   */
  public static String stateToJson(InnovationState state) {
    return JsonTree.document(StateTrees.tree(Checks.notNull(state, "state")));
  }

  /**
   * Reads a state document.
   *
   * @param json the document
   * @return the state, equal to the one written
   * @throws InvalidValueException with code {@code INVALID_STORED_DOCUMENT}, whose field is the JSON
   *     path of the problem, if the text is not a state document of a known format (it was changed
   *     outside labinov, or written by a newer version); {@code REQUIRED} if {@code json} is
   *     {@code null}
   */
  public static InnovationState stateFromJson(String json) {
    return read("state", json, StateTrees::state);
  }

  /**
   * Writes a programme document (format 1).
   *
   * @param programme the programme
   * @return the document
   * @throws InvalidValueException with code {@code REQUIRED} if {@code programme} is {@code null}
   */
  public static String programmeToJson(Programme programme) {
    return JsonTree.document(ProgrammeTrees.tree(Checks.notNull(programme, "programme")));
  }

  /**
   * Reads a programme document.
   *
   * @param json the document
   * @return the programme, equal to the one written
   * @throws InvalidValueException as {@link #stateFromJson(String)}
   */
  public static Programme programmeFromJson(String json) {
    return read("programme", json, ProgrammeTrees::programme);
  }

  /**
   * Writes an evaluator's scores by criterion code, each as its decimal text ({@code 3.50} stays
   * {@code 3.50}).
   *
   * @param scores the scores
   * @return the document
   * @throws InvalidValueException with code {@code REQUIRED} if {@code scores}, a code or a score is
   *     {@code null}
   */
  public static String scoresToJson(Map<String, BigDecimal> scores) {
    Map<String, Object> m = new TreeMap<>();
    Checks.notNull(scores, "scores").forEach((code, score) ->
        m.put(Checks.notNull(code, "code"), Checks.notNull(score, "score").toString()));
    return JsonTree.document(m);
  }

  /**
   * Reads an evaluator's scores.
   *
   * @param json the document
   * @return the scores by criterion code, sorted by code, each with the scale it was written with
   * @throws InvalidValueException as {@link #stateFromJson(String)}
   */
  public static Map<String, BigDecimal> scoresFromJson(String json) {
    return read("scores", json, root -> {
      Map<String, BigDecimal> out = new TreeMap<>();
      for (Object code : root.members().keySet()) {
        String text = root.requiredText(String.valueOf(code));
        try {
          out.put(String.valueOf(code), new BigDecimal(text));
        } catch (NumberFormatException e) {
          throw new TreeObject.ShapeException(root.path() + "." + code, "a decimal is required, found " + text);
        }
      }
      return out;
    });
  }

  /**
   * Writes a refusal's reasons (format 1): each reason's code, rule id and arguments, in order.
   *
   * @param reasons the reasons, e.g. {@link Refusal#violations()}
   * @return the document
   * @throws InvalidValueException with code {@code REQUIRED} if {@code reasons} or a reason is {@code null}
   */
  public static String refusalReasonsToJson(List<Refusal.Reason> reasons) {
    Checks.notNull(reasons, "reasons");
    for (Refusal.Reason r : reasons) {
      Checks.notNull(r, "reasons[]");
    }
    return JsonTree.document(RefusalTrees.tree(reasons));
  }

  /**
   * Reads a refusal's reasons.
   *
   * @param json the document
   * @return the reasons, equal to those written, in order
   * @throws InvalidValueException as {@link #stateFromJson(String)}
   */
  public static List<Refusal.Reason> refusalReasonsFromJson(String json) {
    return read("refusal", json, RefusalTrees::reasons);
  }

  private static <T> T read(String kind, String json, Function<TreeObject, T> reader) {
    Checks.notNull(json, "json");
    try {
      return reader.apply(TreeObject.root(JsonTree.parseAsWritten(json)));
    } catch (JsonTree.SyntaxException e) {
      throw unreadable(kind, json, "$", "line " + e.line() + ", column " + e.column() + ": " + e.getMessage());
    } catch (TreeObject.ShapeException e) {
      throw unreadable(kind, json, e.path(), e.problem());
    } catch (RuntimeException e) {
      throw unreadable(kind, json, "$", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static InvalidValueException unreadable(String kind, String json, String path, String problem) {
    return new InvalidValueException("INVALID_STORED_DOCUMENT", path, json, "error.storedDocument", kind, problem);
  }
}
