package id.labinov.persistence.jdbc.architecture.planted;

/** Deliberately bad: a helper that is public without being API. */
public final class PublicHelper {
  private PublicHelper() {}
}
