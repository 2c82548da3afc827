package io.perforch.execution.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment a program starts with: a fixed minimum plus what the request adds. */
final class SandboxEnvironment {

  static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

  private SandboxEnvironment() {}

  /** Nothing from the JVM leaks in (no tokens, no proxies, no pyenv shims). */
  static Map<String, String> minimal(String home, Map<String, String> extra) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", DEFAULT_PATH);
    env.put("HOME", home);
    env.put("LANG", "C.UTF-8");
    env.putAll(extra);
    return env;
  }
}
