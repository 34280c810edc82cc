package id.labinov.core.model;


import id.labinov.core.annotation.Beta;
import id.labinov.core.spi.Directory;
import id.labinov.core.spi.DirectoryEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Directory} knows of a person's display name: the name, that it was erased at the
 * person's request (UU 27/2022: the name is gone, only the fact of erasure is kept), or nothing.
 * Reports print an erased person as "(dihapus)" in Indonesian, "(erased)" in English. Immutable.
 */
@Beta
public final class PersonName {
  /** The three states of a person's name. */
  public enum Status {
    /** The directory holds the person's name. */
    KNOWN,
    /** The name was erased; the directory keeps only the fact. */
    ERASED,
    /** The directory has never held a name for this person. */
    UNKNOWN
  }

  private static final PersonName ERASED = new PersonName(Status.ERASED, null);
  private static final PersonName UNKNOWN = new PersonName(Status.UNKNOWN, null);

  private final Status status;
  private final String name;

  private PersonName(Status status, String name) {
    this.status = status;
    this.name = name;
  }

  /**
   * Returns a known name, as the directory holds it: stores check names when they are put
   * ({@link DirectoryEntry}); a host's own directory may hand over any text, which reports treat as
   * untrusted (escaped, formulas neutralised).
   *
   * @param name the display name
   * @return the result
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if the name is
   *     {@code null} or empty
   */
  public static PersonName of(String name) {
    if (name == null || name.isEmpty()) {
      throw new id.labinov.core.error.InvalidValueException("REQUIRED", "name", name, "error.required");
    }
    return new PersonName(Status.KNOWN, name);
  }

  /** {@return the result for an erased name} */
  public static PersonName erased() {
    return ERASED;
  }

  /** {@return the result for a person the directory does not know} */
  public static PersonName unknown() {
    return UNKNOWN;
  }

  /** {@return the status} */
  public Status status() {
    return status;
  }

  /** {@return the name if it is {@link Status#KNOWN}, else empty} */
  public Optional<String> findName() {
    return Optional.ofNullable(name);
  }

  /** {@return whether the name was erased} */
  public boolean isErased() {
    return status == Status.ERASED;
  }

  /** {@return whether the directory holds the name} */
  public boolean isKnown() {
    return status == Status.KNOWN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonName p && p.status == status && Objects.equals(p.name, name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, name);
  }

  /** Returns the status, and the name if known. */
  @Override
  public String toString() {
    return name == null ? status.name() : status + "[" + name + "]";
  }
}
