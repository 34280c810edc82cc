package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.spi.EvidenceRegisterStore;

/** The evidence register contract on the in-memory store. */
class InMemoryEvidenceRegisterContractTest extends EvidenceRegisterContract {
  private final InMemoryEvidenceRegisterStore store = new InMemoryEvidenceRegisterStore();

  @Override
  protected EvidenceRegisterStore store() {
    return store;
  }
}
