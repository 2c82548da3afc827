package io.perforch.execution.stdio;

import io.perforch.datasets.model.Language;
import io.perforch.execution.languages.EndMarks;
import java.util.Map;

/**
 * Builds the program of an EffiBench-X {@code functional} (LeetCode-style) problem: a fixed per-language
 * prelude of standard imports, a blank line, then the problem's test runner with its
 * {@value #PLACEHOLDER} placeholder replaced by the candidate's code. The runner reads stdin, calls the
 * solution and prints the result, so a functional problem runs exactly like an {@code io} one.
 *
 * <p>The preludes are PerfOrch's own choice of what LeetCode's judge makes available without an import.
 * Go and Rust need care: Go rejects unused imports, so every import is also used once with a blank
 * identifier; Rust imports are globs, which explicit imports in the candidate's code may shadow without a
 * clash, and unused ones are allowed.
 */
public final class FunctionalHarness {
  public static final String PLACEHOLDER = "==Code Submission==";

  private static final String PYTHON = String.join("\n",
      "import sys, os, io, re, math, json, heapq, bisect, string, random, itertools, functools, operator,"
          + " collections, copy",
      "from typing import *",
      "from collections import defaultdict, deque, Counter, OrderedDict",
      "from functools import lru_cache, cache, reduce, cmp_to_key",
      "from itertools import accumulate, permutations, combinations, product, chain, groupby",
      "from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest",
      "from bisect import bisect_left, bisect_right, insort",
      "from math import inf, gcd, sqrt, isqrt, ceil, floor, log, log2, comb, perm",
      "try:",
      "    from sortedcontainers import SortedList, SortedDict, SortedSet",
      "except ImportError:",
      "    pass",
      "");

  private static final String JAVA = String.join("\n",
      "import java.util.*;",
      "import java.util.function.*;",
      "import java.util.stream.*;",
      "import java.io.*;",
      "import java.math.*;",
      "");

  private static final String CPP = String.join("\n",
      "#include <bits/stdc++.h>",
      "using namespace std;",
      "");

  /** Where in Go's prelude the import of a runner's end mark goes: after the imports, before the var block. */
  private static final String GO_END_IMPORT = "<end-mark import>";
  private static final String GO = String.join("\n",
      "package main",
      "",
      "import (",
      "\t\"bufio\"",
      "\t\"fmt\"",
      "\t\"math\"",
      "\t\"os\"",
      "\t\"sort\"",
      "\t\"strconv\"",
      "\t\"strings\"",
      ")",
      GO_END_IMPORT,
      "var (",
      "\t_ = bufio.NewReader",
      "\t_ = fmt.Sprint",
      "\t_ = math.MaxInt64",
      "\t_ = os.Stdin",
      "\t_ = sort.Ints",
      "\t_ = strconv.Itoa",
      "\t_ = strings.Fields",
      ")",
      "");

  private static final String RUST = String.join("\n",
      "#[allow(unused_imports)]",
      "use std::collections::*;",
      "#[allow(unused_imports)]",
      "use std::cmp::*;",
      "#[allow(unused_imports)]",
      "use std::io::prelude::*;",
      "");

  private static final Map<Language, String> PRELUDES = Map.of(
      Language.PYTHON, PYTHON,
      Language.JAVA, JAVA,
      Language.CPP, CPP,
      Language.GO, GO,
      Language.RUST, RUST);

  private FunctionalHarness() {}

  /** The standard imports put before every test runner of this language. */
  public static String prelude(Language language) {
    return prelude(language, "");
  }

  private static String prelude(Language language, String endImport) {
    return PRELUDES.getOrDefault(language, "").replace(GO_END_IMPORT + "\n", endImport + "\n");
  }

  /**
   * The whole program: prelude (in Go with the import an {@link EndMarks end mark} in the runner needs),
   * then the runner with the placeholder replaced by {@code code}.
   */
  public static String assemble(Language language, String testRunner, String code) {
    if (!testRunner.contains(PLACEHOLDER)) {
      throw new IllegalArgumentException("test runner has no " + PLACEHOLDER + " line");
    }
    String endImport = language == Language.GO ? EndMarks.goImport(testRunner) : "";
    return prelude(language, endImport) + "\n\n" + testRunner.replace(PLACEHOLDER, code);
  }
}
