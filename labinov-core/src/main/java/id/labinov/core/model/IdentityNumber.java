package id.labinov.core.model;

/**
 * A civil-servant number held in a {@link Person} record: a PNS {@link Nip}, a PPPK
 * {@link PppkNumber}, or {@link None} for citizens and others without one.
 */
public sealed interface IdentityNumber permits Nip, PppkNumber, IdentityNumber.None {

  /** {@return the number as stored (digits only), or an empty string for {@link None}} */
  String value();

  /** {@return the shared {@link None} value} */
  static IdentityNumber none() {
    return None.INSTANCE;
  }

  /** No civil-servant number: the person is a citizen, a DPRD member or otherwise not ASN. */
  enum None implements IdentityNumber {
    /** The single instance. */
    INSTANCE;

    @Override
    public String value() {
      return "";
    }
  }
}
