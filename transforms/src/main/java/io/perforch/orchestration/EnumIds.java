package io.perforch.orchestration;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the orchestration's option values name enum constants: lower case, words joined by dashes. */
final class EnumIds {
  private EnumIds() {}

  static String id(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose id is {@code id}; otherwise an error naming {@code what} and every id there is. */
  static <E extends Enum<E>> E parse(Class<E> type, String id, String what) {
    for (E constant : type.getEnumConstants()) {
      if (id(constant).equals(id.strip())) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + id + "' (expected one of "
        + Arrays.stream(type.getEnumConstants()).map(EnumIds::id).collect(Collectors.joining(", ")) + ")");
  }
}
