package id.labinov.core.contract;

import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.port.EvaluationStore;

/** The evaluation store contract on the in-memory store. */
class InMemoryEvaluationStoreContractTest extends EvaluationStoreContract {
  private final InMemoryEvaluationStore store = new InMemoryEvaluationStore();

  @Override
  protected EvaluationStore store() {
    return store;
  }
}
