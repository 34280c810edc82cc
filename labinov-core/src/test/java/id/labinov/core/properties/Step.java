package id.labinov.core.properties;

import id.labinov.core.model.Role;

/**
 * One generated step of a command sequence against one innovation. Steps are intentions; the
 * {@link Resolver} turns each into a concrete command against the state at that moment (e.g. the
 * next stage, an open condition's id, or the fix for a missing gate requirement). Printed in
 * failure messages, so each has a short readable form.
 */
sealed interface Step {
  /** Sets one field of the details: a narrative text, the title, the unit or the themes. */
  record Edit(int actor, String field, int words, int seed) implements Step {
    @Override
    public String toString() {
      return "Edit(" + Cast.name(actor) + ", " + field + ", " + words + " words #" + seed + ")";
    }
  }

  /** Attaches evidence of a kind; files repeat, so duplicates happen. */
  record Attach(int actor, String kind, int file) implements Step {
    @Override
    public String toString() {
      return "Attach(" + Cast.name(actor) + ", " + kind + ", file " + file + ")";
    }
  }

  /** Approves in a role. */
  record Approve(int actor, Role role) implements Step {
    @Override
    public String toString() {
      return "Approve(" + Cast.name(actor) + " as " + role + ")";
    }
  }

  /** Advances to the stage after the current one (or DISPLAY when there is none). */
  record AdvanceNext(int actor) implements Step {
    @Override
    public String toString() {
      return "AdvanceNext(" + Cast.name(actor) + ")";
    }
  }

  /** Advances to any stage. */
  record AdvanceTo(int actor, String stage) implements Step {
    @Override
    public String toString() {
      return "AdvanceTo(" + Cast.name(actor) + ", " + stage + ")";
    }
  }

  /** Advances with conditions (possibly none, which is refused). */
  record AdvanceConditionally(int actor, String stage, int conditions) implements Step {
    @Override
    public String toString() {
      return "AdvanceConditionally(" + Cast.name(actor) + ", " + stage + ", " + conditions + " conditions)";
    }
  }

  /** Names a rulebook transition by its index directly, whatever the stage or kind. */
  record Via(int actor, int transition, int conditions) implements Step {
    @Override
    public String toString() {
      return "Via(" + Cast.name(actor) + ", transition #" + transition + ", " + conditions + " conditions)";
    }
  }

  /** Clears an open condition (pick &lt; 0: a condition that does not exist). */
  record Clear(int actor, int pick) implements Step {
    @Override
    public String toString() {
      return "Clear(" + Cast.name(actor) + ", pick " + pick + ")";
    }
  }

  /** Returns for rework to a stage. */
  record Return(int actor, String stage) implements Step {
    @Override
    public String toString() {
      return "Return(" + Cast.name(actor) + ", " + stage + ")";
    }
  }

  /** Puts on hold. */
  record Hold(int actor) implements Step {
    @Override
    public String toString() {
      return "Hold(" + Cast.name(actor) + ")";
    }
  }

  /** Resumes. */
  record Resume(int actor) implements Step {
    @Override
    public String toString() {
      return "Resume(" + Cast.name(actor) + ")";
    }
  }

  /** Drops. */
  record Drop(int actor) implements Step {
    @Override
    public String toString() {
      return "Drop(" + Cast.name(actor) + ")";
    }
  }

  /** Reopens. */
  record Reopen(int actor) implements Step {
    @Override
    public String toString() {
      return "Reopen(" + Cast.name(actor) + ")";
    }
  }

  /** Lets days pass. */
  record Wait(int days) implements Step {
    @Override
    public String toString() {
      return "Wait(" + days + " days)";
    }
  }

  /**
   * Does what the model's own check says is missing for the next advance (or the advance itself,
   * or a resume/reopen): the "likely" command of a real lab.
   */
  record Progress(int actor, int pick) implements Step {
    @Override
    public String toString() {
      return "Progress(" + Cast.name(actor) + ", pick " + pick + ")";
    }
  }
}
