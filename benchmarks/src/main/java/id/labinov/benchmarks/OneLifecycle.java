package id.labinov.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The common work every peer does, written once for the peers that have no rule engine of their
 * own: the five stages, an innovation's card, the four guards and the record of accepted moves.
 *
 * <p>One lifecycle: create in {@code DRUM_UP} with title, OPD, problem, design reference and
 * delivery evidence but no idea summary; enter {@code DIAGNOSE} (needs title and OPD); try
 * {@code DESIGN} (needs problem and idea summary) and get refused with the verdict (the missing
 * fields); fill the idea summary; enter {@code DESIGN}; enter {@code DELIVER} (needs the design
 * reference); enter {@code DISPLAY} (needs the delivery evidence). Every accepted move is recorded:
 * six records (created, four advances, the edit).
 */
public final class OneLifecycle {
  /** Title of every benchmark innovation. */
  public static final String TITLE = "Posyandu Digital Lebak";
  /** OPD of every benchmark innovation. */
  public static final String OPD = "DINKES";
  /** Problem statement. */
  public static final String PROBLEM = "Balita tidak terpantau karena pencatatan posyandu masih di kertas.";
  /** Idea summary, filled after the refusal. */
  public static final String IDEA_SUMMARY = "Kader mencatat penimbangan di aplikasi, puskesmas melihat dasbor.";
  /** Design reference (a document URI). */
  public static final String DESIGN_REFERENCE = "https://dokumen.lebakkab.go.id/rancang-bangun/posyandu.pdf";
  /** Delivery evidence (a report URI). */
  public static final String DELIVERY_EVIDENCE = "https://dokumen.lebakkab.go.id/laporan/posyandu-2019.pdf";
  /** Text name of the design reference in labinov's details. */
  public static final String DESIGN_REFERENCE_FIELD = "designReference";
  /** Text name of the delivery evidence in labinov's details. */
  public static final String DELIVERY_EVIDENCE_FIELD = "deliveryEvidence";
  /** Number of accepted moves recorded per lifecycle. */
  public static final int RECORDED_MOVES = 6;

  private OneLifecycle() {}

  /** The 5D stages, in order. */
  public enum Stage {
    /** Inspire and commit. */
    DRUM_UP,
    /** Find the problem and the idea. */
    DIAGNOSE,
    /** Design the innovation. */
    DESIGN,
    /** Carry it out. */
    DELIVER,
    /** Showcase it. */
    DISPLAY
  }

  /** What an accepted move leaves behind in the peers' in-memory record. */
  public record Move(long sequence, String type, Stage from, Stage to) {}

  /** An innovation's card, as the peers without a store keep it: mutable, one thread. */
  public static final class Card {
    /** Title. */
    public String title;
    /** OPD code. */
    public String opd;
    /** Problem statement. */
    public String problem;
    /** Idea summary. */
    public String ideaSummary;
    /** Design reference. */
    public String designReference;
    /** Delivery evidence. */
    public String deliveryEvidence;
    /** Current stage. */
    public Stage stage = Stage.DRUM_UP;
    /** Accepted moves, oldest first. */
    public final List<Move> history = new ArrayList<>(RECORDED_MOVES);

    /** Creates the card as the lifecycle starts it: everything but the idea summary. */
    public static Card proposed() {
      Card c = new Card();
      c.title = TITLE;
      c.opd = OPD;
      c.problem = PROBLEM;
      c.designReference = DESIGN_REFERENCE;
      c.deliveryEvidence = DELIVERY_EVIDENCE;
      c.record("CREATED", null, Stage.DRUM_UP);
      return c;
    }

    /**
     * Records an accepted move.
     *
     * @param type what happened
     * @param from the stage before, or {@code null}
     * @param to the stage after
     */
    public void record(String type, Stage from, Stage to) {
      history.add(new Move(history.size() + 1L, type, from, to));
    }
  }

  /**
   * The guard of entering {@code to}: the names of the missing fields (empty when allowed).
   *
   * @param to the stage to enter
   * @param c the card
   * @return the verdict: every missing field, in rule order
   */
  public static List<String> missing(Stage to, Card c) {
    List<String> out = null;
    switch (to) {
      case DIAGNOSE -> {
        out = need(out, c.title, "title");
        out = need(out, c.opd, "opd");
      }
      case DESIGN -> {
        out = need(out, c.problem, "problem");
        out = need(out, c.ideaSummary, "ideaSummary");
      }
      case DELIVER -> out = need(out, c.designReference, DESIGN_REFERENCE_FIELD);
      case DISPLAY -> out = need(out, c.deliveryEvidence, DELIVERY_EVIDENCE_FIELD);
      default -> throw new IllegalArgumentException("no transition into " + to);
    }
    return out == null ? List.of() : out;
  }

  /**
   * The guard as a yes/no question (for state machines whose guards are predicates).
   *
   * @param to the stage to enter
   * @param c the card
   * @return whether the guard allows it
   */
  public static boolean allowed(Stage to, Card c) {
    return switch (to) {
      case DIAGNOSE -> present(c.title) && present(c.opd);
      case DESIGN -> present(c.problem) && present(c.ideaSummary);
      case DELIVER -> present(c.designReference);
      case DISPLAY -> present(c.deliveryEvidence);
      default -> false;
    };
  }

  private static List<String> need(List<String> out, String value, String field) {
    if (present(value)) {
      return out;
    }
    List<String> o = out == null ? new ArrayList<>(2) : out;
    o.add(field);
    return o;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * Checks what a peer's lifecycle produced, so that no peer is measured doing less than the work.
   *
   * @param peer the peer's name
   * @param recorded how many accepted moves it recorded
   * @param verdict the refusal's verdict
   * @throws IllegalStateException if the work was not done
   */
  public static void verify(String peer, int recorded, List<String> verdict) {
    if (recorded != RECORDED_MOVES || !verdict.equals(List.of("ideaSummary"))) {
      throw new IllegalStateException(peer + ": recorded " + recorded + " moves (expected " + RECORDED_MOVES
          + "), verdict " + verdict + " (expected [ideaSummary])");
    }
  }
}
