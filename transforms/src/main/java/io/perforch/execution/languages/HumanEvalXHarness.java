package io.perforch.execution.languages;

import java.util.ArrayList;
import java.util.List;

/**
 * What HumanEval-X's own evaluation (THUDM/CodeGeeX, {@code codegeex/benchmark/utils.py} IMPORT_HELPER and
 * {@code evaluate_humaneval_x.py} process_humaneval_test) puts around a completion, written down so that
 * {@link Assembly#UPSTREAM} programs are byte for byte the ones upstream compiles. Its quirks are kept on
 * purpose: they decide which published completions pass.
 */
final class HumanEvalXHarness {
  /** Every Python program starts with these lines, whatever the prompt imports. */
  static final List<String> PYTHON_IMPORTS = List.of(
      "import math", "import re", "import sys", "import copy", "import datetime", "import itertools",
      "import collections", "import heapq", "import statistics", "import functools", "import hashlib",
      "import numpy", "import numpy as np", "import string", "from typing import *",
      "from collections import *");
  /** Each line is put before a C++ program unless the prompt contains it, as text. */
  static final List<String> CPP_INCLUDES = List.of(
      "#include<stdlib.h>", "#include<algorithm>", "#include<math.h>", "#include<stdio.h>",
      "#include<vector>", "#include<string>", "#include<climits>", "#include<cstring>", "#include<iostream>");
  /** Go packages imported when the completion names them ({@code rand.} for math/rand) and test_setup lacks them. */
  static final List<String> GO_PACKAGES = List.of(
      "math", "strings", "fmt", "strconv", "time", "bytes", "regexp", "sort", "math/rand", "crypto/md5");
  /** Upstream builds Rust programs as cargo binaries, which need a main. */
  static final String RUST_MAIN = "\nfn main(){ \n } \n";

  private HumanEvalXHarness() {}

  static String pythonHeader() {
    return String.join("\n", PYTHON_IMPORTS) + "\n";
  }

  /**
   * A Python completion as upstream runs it: up to its first non-blank line that starts without
   * indentation (so a helper defined after the body, or a stray {@code print}, is cut off).
   */
  static String pythonBody(String completion) {
    List<String> kept = new ArrayList<>();
    for (String line : completion.split("\n", -1)) {
      if (!line.strip().isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t') {
        break;
      }
      kept.add(line);
    }
    return String.join("\n", kept);
  }

  /** The include lines that precede a C++ prompt: those it does not contain itself, and a blank line. */
  static String cppHeader(String prompt) {
    StringBuilder header = new StringBuilder();
    for (String include : CPP_INCLUDES) {
      if (!prompt.contains(include)) {
        header.append(include).append('\n');
      }
    }
    return header.append('\n').toString();
  }

  /**
   * The import block upstream adds after Go's test_setup: each helper package test_setup does not
   * mention whose last path element followed by a dot occurs in the completion; empty when none does.
   */
  static String goImports(String testSetup, String completion) {
    List<String> packages = new ArrayList<>();
    for (String path : GO_PACKAGES) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (!testSetup.contains(path) && completion.contains(name + ".")) {
        packages.add("\"" + path + "\"\n");
      }
    }
    return packages.isEmpty() ? "" : "import (\n" + String.join("    ", packages) + ")";
  }
}
