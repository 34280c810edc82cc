package id.labinov.cli;

/** The exit codes of every command; the module README documents them for users. */
final class ExitCodes {
  /** Done. */
  static final int OK = 0;
  /**
   * Refused by the rules (a verdict with must-meet failures), a version conflict, a refused change of
   * the evidence register (a role that may not, a document id taken, a superseded document), or an
   * invalid rulebook.
   */
  static final int REFUSED = 1;
  /** Bad usage: unknown option, bad value, missing or unreadable input file. */
  static final int USAGE = 2;
  /** No such innovation (or rulebook, programme, register document or claim) in the database. */
  static final int NOT_FOUND = 3;
  /** Storage, connection or file I/O failure; also a missing or too new schema. */
  static final int STORAGE = 4;
  /** Import finished, but some rows were rejected (the others are stored). */
  static final int PARTIAL = 5;
  /** A history failed verification (tampering or a lost event). */
  static final int BROKEN = 6;
  /** A bug in labinov: please report it with the message. */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
