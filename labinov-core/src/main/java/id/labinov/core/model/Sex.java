package id.labinov.core.model;

/** Sex as encoded in the 15th digit of a PNS NIP (1 male, 2 female). */
public enum Sex implements Labelled {
  /** Laki-laki (male), NIP digit 1. */
  MALE,
  /** Perempuan (female), NIP digit 2. */
  FEMALE
}
