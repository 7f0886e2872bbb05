package io.github.atlassianmcp.server.tools;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The components of an output record as structured content names them (snake_case), with their generic types and
 * accessors, worked out once per record class: answering a call then costs method-handle calls, not reflection.
 */
final class RecordComponents {

  /** One component: its JSON name, its declared type, and how to read it. */
  record Component(String jsonName, Type type, MethodHandle accessor) {

    Object read(Record record) {
      try {
        return accessor.invoke(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot read " + jsonName + " of " + record.getClass().getSimpleName(), e);
      }
    }
  }

  private static final ClassValue<List<Component>> CACHE = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException(type.getName() + " is not a record");
      }
      List<Component> components = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        Method accessor = component.getAccessor();
        // Output records are package-private views next to their tools; they are read from this package.
        accessor.setAccessible(true);
        try {
          components.add(new Component(snakeCase(component.getName()), component.getGenericType(),
              MethodHandles.lookup().unreflect(accessor)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("Cannot read " + type.getName() + "." + component.getName(), e);
        }
      }
      return List.copyOf(components);
    }
  };

  private RecordComponents() {}

  static List<Component> of(Class<?> recordType) {
    return CACHE.get(recordType);
  }

  /** {@code totalComments} → {@code total_comments}. */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          snake.append('_');
        }
        snake.append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }
}
