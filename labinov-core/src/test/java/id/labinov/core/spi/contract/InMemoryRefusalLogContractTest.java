package id.labinov.core.spi.contract;

import id.labinov.core.Labinov;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.memory.InMemoryRefusalLog;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.spi.RefusalLog;

/** The refusal log contract on the in-memory log and stores. */
class InMemoryRefusalLogContractTest extends RefusalLogContract {
  private final InMemoryRefusalLog log = new InMemoryRefusalLog();

  @Override
  protected RefusalLog log() {
    return log;
  }

  @Override
  protected Labinov.Builder stores(Labinov.Builder builder) {
    return builder.innovationStore(new InMemoryInnovationStore()).rulebookStore(new InMemoryRulebookStore())
        .programmeStore(new InMemoryProgrammeStore()).evaluationStore(new InMemoryEvaluationStore());
  }
}
