package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryCycleStore;
import id.labinov.core.spi.CycleStore;

/** The cycle store contract on the in-memory store. */
class InMemoryCycleStoreContractTest extends CycleStoreContract {
  private final InMemoryCycleStore store = new InMemoryCycleStore();

  @Override
  protected CycleStore store() {
    return store;
  }
}
