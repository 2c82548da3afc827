package io.perforch.execution.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import org.junit.jupiter.api.Test;

class DefinitionsTest {
  @Test
  void cLikeDefinitionsAreToldFromCallsAndDeclarations() {
    String code = "int helper(int x);\nstatic long long twice(long long x) { return 2 * x; }\n"
        + "vector<int> solve(const vector<int>& v) const\n{\n    if (helper(v[0])) { return v; }\n"
        + "    // int fake(int y) {\n    return sorted(v);\n}\n";

    assertThat(Definitions.functionNames(code, Language.CPP)).containsExactly("twice", "solve");
  }

  @Test
  void javaMethodsWithAnnotationsGenericsAndThrows() {
    String code = "class Solution {\n    @Override public String toString() { return \"\"; }\n"
        + "    public <T> Optional<String> stringToMd5(String text) throws NoSuchAlgorithmException {\n"
        + "        return Optional.of(new Solution().toString());\n    }\n}\n";

    assertThat(Definitions.functionNames(code, Language.JAVA)).containsExactly("toString", "stringToMd5");
    assertThat(Definitions.definesFunction("System.out.println(s.stringToMd5(\"a\"));", Language.JAVA,
        "stringToMd5")).isFalse();
  }

  @Test
  void goRustAndPythonDefinitions() {
    assertThat(Definitions.functionNames("func (s *S) Len() int { return 0 }\nfunc Map[T any](x T) T {\n",
        Language.GO)).containsExactly("Len", "Map");
    assertThat(Definitions.functionNames("pub fn sort<T: Ord>(v: &mut Vec<T>) {}\nlet f = |x| x;", Language.RUST))
        .containsExactly("sort");
    assertThat(Definitions.functionNames("class A:\n    async def run(self):\n        '''def no(): '''\n",
        Language.PYTHON)).containsExactly("run");
  }
}
