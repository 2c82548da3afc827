package io.perforch.models.extraction;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;

/**
 * Replies built from a problem's canonical solution the way chat models write them, one per {@link Style}:
 * the code is right, only its wrapping varies, so each must be extracted and judged PASSED.
 */
final class ChatReplies {
  /** A way of writing the answer, and the form its code must be extracted as. */
  enum Style {
    /** The whole function (declaration + canonical body) in a fence tagged with an alias, amid prose. */
    TAGGED_WITH_PROSE(CodeForm.SOLUTION),
    UNTAGGED_FENCE(CodeForm.SOLUTION),
    /** Only the body, as HumanEval-X's canonical solution is. */
    BODY_ONLY(CodeForm.CONTINUATION),
    /** A shell command, the answer, then a usage example. */
    SEVERAL_BLOCKS(CodeForm.SOLUTION),
    /** What models add: extra imports, a public class, a demo main, a tests module. */
    WITH_EXTRAS(CodeForm.SOLUTION),
    /** Reasoning with a draft inside {@code <think>}, Windows line breaks. */
    THINKING_CRLF(CodeForm.SOLUTION),
    /** The prompt repeated, then the body. */
    REPEATS_PROMPT(CodeForm.SOLUTION),
    /** Code only, without a fence. */
    UNFENCED(CodeForm.SOLUTION);

    final CodeForm form;

    Style(CodeForm form) {
      this.form = form;
    }
  }

  private ChatReplies() {}

  /** The canonical body, ending with a line break as a model's code in a fence does. */
  static String canonical(Problem problem) {
    return Submission.reference(problem, "canonical").code().stripTrailing() + "\n";
  }

  /** The whole function as a chat model writes it: declaration (imports, signature) and body. */
  static String solution(Problem problem) {
    String code = problem.getDeclaration() + canonical(problem);
    if (Language.of(problem) == Language.GO) {
      String imports = problem.getImports() == null ? "" : problem.getImports().strip() + "\n";
      code = "package main\n\n" + imports + code;
    }
    return code.strip() + "\n";
  }

  static String reply(Problem problem, Style style) {
    Language language = Language.of(problem);
    String entry = problem.getEntryPoint();
    String solution = solution(problem);
    return switch (style) {
      case TAGGED_WITH_PROSE -> "Here is an efficient solution.\n\n```" + aliasTag(language) + "\n" + solution
          + "```\n\nIt handles the edge cases, such as empty input.\n";
      case UNTAGGED_FENCE -> "```\n" + solution + "```\n";
      case BODY_ONLY -> "The body of the function:\n\n```" + tag(language) + "\n" + canonical(problem) + "```\n";
      case SEVERAL_BLOCKS -> "Compile it with:\n\n```bash\n" + buildCommand(language) + "\n```\n\nThe code:\n\n```"
          + tag(language) + "\n" + solution + "```\n\nExample:\n\n```" + tag(language) + "\n"
          + usage(language, entry) + "\n```\n";
      case WITH_EXTRAS -> "```" + tag(language) + "\n" + withExtras(language, solution) + "```\n";
      case THINKING_CRLF -> ("<think>\nThe user wants " + entry + ". A first draft:\n```" + tag(language) + "\n"
          + usage(language, entry) + "\n```\nThat only calls it; write the real thing.\n</think>\n"
          + "Sure, here it is:\n\n```" + tag(language) + "\n" + solution + "```\n").replace("\n", "\r\n");
      case REPEATS_PROMPT -> "```" + tag(language) + "\n" + (language == Language.GO ? "package main\n\n" : "")
          + Submission.continuedCode(problem) + canonical(problem) + "```\n";
      case UNFENCED -> solution;
    };
  }

  static String tag(Language language) {
    return switch (language) {
      case PYTHON -> "python";
      case JAVA -> "java";
      case CPP -> "cpp";
      case GO -> "go";
      case RUST -> "rust";
    };
  }

  private static String aliasTag(Language language) {
    return switch (language) {
      case PYTHON -> "py";
      case JAVA -> "java";
      case CPP -> "c++";
      case GO -> "golang";
      case RUST -> "rs";
    };
  }

  private static String buildCommand(Language language) {
    return switch (language) {
      case PYTHON -> "python3 solution.py";
      case JAVA -> "javac Solution.java && java Main";
      case CPP -> "g++ -O2 -o solution solution.cpp";
      case GO -> "go run main.go";
      case RUST -> "rustc -O main.rs";
    };
  }

  /** A call of the entry point that is never compiled: the extractor must not pick it. */
  private static String usage(Language language, String entry) {
    return switch (language) {
      case PYTHON -> "print(" + entry + "(...))";
      case JAVA -> "System.out.println(new Solution()." + entry + "(...));";
      case CPP -> "cout << " + entry + "(...) << endl;";
      case GO -> "fmt.Println(" + entry + "(...))";
      case RUST -> "println!(\"{:?}\", " + entry + "(...));";
    };
  }

  private static String withExtras(Language language, String solution) {
    return switch (language) {
      case PYTHON -> "from __future__ import annotations\nimport collections\n\n" + solution
          + "\n\nif __name__ == \"__main__\":\n    print(input())\n";
      case JAVA -> "package solutions;\n\nimport java.util.stream.*;\n"
          + solution.replaceFirst("(?m)^class Solution", "public class Solution")
          + "\npublic class Main {\n    public static void main(String[] args) {\n"
          + "        System.out.println(\"demo\");\n    }\n}\n";
      case CPP -> "#include <bits/stdc++.h>\nusing namespace std;\n\n"
          + "static long long twice(long long x) { return 2 * x; }\n\n" + solution
          + "\nint main() {\n    printf(\"%lld\\n\", twice(21));\n    return 0;\n}\n";
      case GO -> solution.replaceFirst("package main\n\n", "package main\n\nimport \"fmt\"\n\n")
          + "\nfunc main() {\n    fmt.Println(\"demo\")\n}\n";
      case RUST -> "#![allow(unused)]\nuse std::collections::VecDeque;\n\n" + solution
          + "\nfn main() {\n    println!(\"demo\");\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n"
          + "    fn it_works() {}\n}\n";
    };
  }
}
