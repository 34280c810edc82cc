package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.spi.ProgrammeStore;

/** The programme store contract on the in-memory store. */
class InMemoryProgrammeStoreContractTest extends ProgrammeStoreContract {
  private final InMemoryProgrammeStore store = new InMemoryProgrammeStore();

  @Override
  protected ProgrammeStore store() {
    return store;
  }
}
