package sizing.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A key as the data files and outputs write it: every enum of names the workbook reads (roles,
 * categories, services, components, goals, resources, workload parameters, ...) implements this, so
 * one rule turns a file's text into the enum and names the valid values when the text is none of
 * them.
 */
public interface Key {

  /**
   * The name as written in data files and outputs: unless the enum says otherwise, its constant's
   * name in lower case ({@link #snake}), {@code BACKEND_CPU} as {@code backend_cpu}.
   */
  default String id() {
    return snake((Enum<?>) this);
  }

  /** The lower-case form of an enum constant's name: {@code BACKEND_CPU} is {@code backend_cpu}. */
  static String snake(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The lower-case form with hyphens: {@code ALL_IN_ONE} is {@code all-in-one}. */
  static String kebab(Enum<?> constant) {
    return snake(constant).replace('_', '-');
  }

  /**
   * The constant of {@code type} whose {@link #id()} is {@code id}.
   *
   * @param kind what the key names, for the message, e.g. {@code role}
   * @throws IllegalArgumentException "unknown KIND 'ID' (valid: ...)" when none matches
   */
  static <E extends Enum<E> & Key> E parse(Class<E> type, String kind, String id) {
    for (var e : type.getEnumConstants()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + kind + " '" + id + "' (valid: " + validIds(type) + ")");
  }

  /**
   * Every id of {@code type}, in declaration order, comma-separated; an empty id (a key the file may
   * leave blank, declared last) is written {@code or empty}.
   */
  static <E extends Enum<E> & Key> String validIds(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.id().isEmpty() ? "or empty" : e.id())
        .collect(Collectors.joining(", "));
  }
}
