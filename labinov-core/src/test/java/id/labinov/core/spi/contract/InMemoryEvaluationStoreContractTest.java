package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.spi.EvaluationStore;

/** The evaluation store contract on the in-memory store. */
class InMemoryEvaluationStoreContractTest extends EvaluationStoreContract {
  private final InMemoryEvaluationStore store = new InMemoryEvaluationStore();

  @Override
  protected EvaluationStore store() {
    return store;
  }
}
