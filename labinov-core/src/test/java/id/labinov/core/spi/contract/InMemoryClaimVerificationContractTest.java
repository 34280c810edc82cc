package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.spi.ClaimVerificationStore;

/** The claim verification contract on the in-memory store. */
class InMemoryClaimVerificationContractTest extends ClaimVerificationContract {
  private final InMemoryClaimVerificationStore store = new InMemoryClaimVerificationStore();

  @Override
  protected ClaimVerificationStore store() {
    return store;
  }
}
