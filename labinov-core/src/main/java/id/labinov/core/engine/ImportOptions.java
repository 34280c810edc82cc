package id.labinov.core.engine;

/**
 * How an import treats items that cannot be stored.
 *
 * @param allOrNothing {@code true}: store nothing unless every item is accepted and written;
 *     {@code false}: each item on its own
 */
public record ImportOptions(boolean allOrNothing) {
  /**
   * Each item on its own: refused or failed items are reported, the rest are stored.
   *
   * @return the options
   */
  public static ImportOptions eachOnItsOwn() {
    return new ImportOptions(false);
  }

  /**
   * One refused or failed item undoes the whole import.
   *
   * @return the options
   */
  public static ImportOptions allOrNothingAtAll() {
    return new ImportOptions(true);
  }
}
