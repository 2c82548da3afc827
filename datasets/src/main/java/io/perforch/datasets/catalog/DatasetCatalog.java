package io.perforch.datasets.catalog;

import io.perforch.datasets.sample.SampleDataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The datasets PerfOrch knows by name, and where their local copies live. */
public final class DatasetCatalog {
  /** Environment variable that overrides where fetched datasets are kept. */
  public static final String DATA_DIR_ENV = "PERFORCH_DATA_DIR";

  // HumanEval-X as published in the CodeGeeX repository, pinned to one commit; the digests are of the
  // .jsonl.gz files at that commit (their content matches the Hugging Face copy, THUDM/humaneval-x).
  private static final String CODEGEEX_COMMIT = "2838420b7b4492cf3d16bce5320e26e65960c9e2";
  private static final String HUMANEVAL_X_BASE =
      "https://raw.githubusercontent.com/THUDM/CodeGeeX/" + CODEGEEX_COMMIT
          + "/codegeex/benchmark/humaneval-x/";

  private static final DatasetInfo HUMANEVAL_X =
      new DatasetInfo(
          "humaneval-x",
          "HumanEval-X: 164 problems translated to Python, Java, C++, Go, Rust (CodeGeeX)",
          DatasetFormat.HUMANEVAL_X,
          HUMANEVAL_X_BASE,
          List.of(
              humanEvalX("python", "5752fb122efddb0e9b47c77907ae6ce9a15aac4dea14e44c46032c831e6b987a"),
              humanEvalX("java", "276f36db2eb7aeb864f36a19a2f4e1bb2460fb6e22ff100f0b5bedabe3799967"),
              humanEvalX("cpp", "dcf2e280a1e91bbc3c5f90edb41397e8a9ac1ccc9f5d2b70082f0b0fbfb6dbb0"),
              humanEvalX("go", "09126ef64ac68f87296c5f3781186aedc5dec799b114d9df99d6de4a715a7830"),
              humanEvalX("rust", "ae5cabbbfc8fe25244a608b04f09ac3b324c645ac969dfc033756c12f0f9924c")),
          null);

  private static final DatasetInfo EFFIBENCH_X =
      new DatasetInfo(
          "effibench-x",
          "EffiBench-X: 623 efficiency problems, stdin/stdout and LeetCode-style functional",
          DatasetFormat.EFFIBENCH_X,
          "https://huggingface.co/datasets/EffiBench/effibench-x",
          List.of(),
          "EffiBench-X is published as Parquet on Hugging Face (EffiBench/effibench-x, split test). "
              + "PerfOrch reads upstream's per-problem JSON files and JSONL rows: write them with "
              + "`python hf_dataset.py download` from the EffiBench-X repository (or "
              + "datasets.load_dataset(...).to_json(...)) and pass the folder with --path.");

  private static final DatasetInfo SAMPLE =
      new DatasetInfo(
          SampleDataset.DATASET,
          "PerfOrch's built-in sample: problems in all five languages, with slow references",
          DatasetFormat.HUMANEVAL_X,
          null,
          List.of(),
          "built in: nothing to fetch");

  private static final List<DatasetInfo> ALL = List.of(HUMANEVAL_X, EFFIBENCH_X, SAMPLE);

  private DatasetCatalog() {}

  public static List<DatasetInfo> all() {
    return ALL;
  }

  public static Optional<DatasetInfo> find(String name) {
    return ALL.stream().filter(info -> info.name().equals(name)).findFirst();
  }

  /** Where {@code datasets fetch} puts a dataset by default: $PERFORCH_DATA_DIR/NAME or ~/.cache. */
  public static Path defaultLocation(String name) {
    String configured = System.getenv(DATA_DIR_ENV);
    Path root =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".cache", "perforch", "datasets");
    return root.resolve(name);
  }

  private static RemoteFile humanEvalX(String language, String sha256) {
    String fileName = "humaneval_" + language + ".jsonl.gz";
    return new RemoteFile(fileName, language + "/data/" + fileName, sha256, language);
  }
}
