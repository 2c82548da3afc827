package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.mutants;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class FlippedComparisonTest {
  private final FlippedComparison kind = new FlippedComparison();

  @Test
  void negatesEachComparisonOnce() {
    String code = "    if a < b and c >= d:\n        return x == y or p != q or m > n or s <= t\n";

    assertThat(mutants(kind, code, Language.PYTHON)).containsExactly(
        "    if a >= b and c >= d:\n        return x == y or p != q or m > n or s <= t\n",
        "    if a < b and c < d:\n        return x == y or p != q or m > n or s <= t\n",
        "    if a < b and c >= d:\n        return x != y or p != q or m > n or s <= t\n",
        "    if a < b and c >= d:\n        return x == y or p == q or m > n or s <= t\n",
        "    if a < b and c >= d:\n        return x == y or p != q or m <= n or s <= t\n",
        "    if a < b and c >= d:\n        return x == y or p != q or m > n or s > t\n");
  }

  @Test
  void leavesGenericsArrowsAndShiftsAlone() {
    String cpp = "    vector<int> v = f<int>(x);\n    cout << v.size() >> 1;\n"
        + "    auto g = [](int a) -> int { return a; };\n";
    String rust = "    let v: Vec<Option<i32>> = xs.iter().map(|x| x.checked_sub(1)).collect();\n";
    String java = "        Map<String, List<Integer>> m = new HashMap<>();\n";

    assertThat(mutants(kind, cpp, Language.CPP)).isEmpty();
    assertThat(mutants(kind, rust, Language.RUST)).isEmpty();
    assertThat(mutants(kind, java, Language.JAVA)).isEmpty();
  }

  @Test
  void doesNotTouchStringsOrComments() {
    String go = "    // if a < b we stop\n    s := \"a < b\"\n    r := `x == y`\n    return len(s) > 0 /* n != m */\n";

    assertThat(mutants(kind, go, Language.GO)).containsExactly(
        "    // if a < b we stop\n    s := \"a < b\"\n    r := `x == y`\n    return len(s) <= 0 /* n != m */\n");
  }
}
