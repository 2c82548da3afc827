package io.perforch.models.providers;

import java.net.URI;

/** Joins a configured base URL and a provider's path with exactly one slash between them. */
final class Endpoints {
  private Endpoints() {}

  static URI join(URI base, String path) {
    if (base.getRawQuery() != null || base.getRawFragment() != null) {
      throw new IllegalArgumentException("endpoint " + base + " must be a base URL without ?query or #fragment");
    }
    if (!"http".equalsIgnoreCase(base.getScheme()) && !"https".equalsIgnoreCase(base.getScheme())) {
      throw new IllegalArgumentException("endpoint " + base + " must be an http:// or https:// URL");
    }
    String head = base.toString();
    int end = head.length();
    while (end > 0 && head.charAt(end - 1) == '/') {
      end--;
    }
    int start = 0;
    while (start < path.length() && path.charAt(start) == '/') {
      start++;
    }
    return URI.create(head.substring(0, end) + "/" + path.substring(start));
  }
}
