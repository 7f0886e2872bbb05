package io.github.atlassianmcp.server.tools.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Jira's field metadata (screens, their allowed values) for a few minutes, so that a run of edits asks once rather
 * than on every call. Keys carry the site and the account, as both change what Jira answers. A load that fails is
 * not kept. Bounded: the oldest entries go first. Thread-safe.
 */
public final class MetadataCache {

  /** How long Jira's metadata is trusted: long enough for a burst of edits, short enough to see a new option. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 256;

  private record Entry(Object value, Instant expires) {}

  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public MetadataCache(Clock clock, Duration lifetime) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
  }

  /** The value kept under {@code key}, or what {@code load} answers (kept from now on) when none is fresh. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> load) {
    Instant now = clock.instant();
    synchronized (entries) {
      Entry entry = entries.get(key);
      if (entry != null && now.isBefore(entry.expires())) {
        return (T) entry.value();
      }
    }
    // Loaded outside the lock: a slow Jira must not hold other keys; two loads of one key just agree.
    T value = load.get();
    synchronized (entries) {
      entries.remove(key);
      entries.put(key, new Entry(value, now.plus(lifetime)));
      while (entries.size() > MAX_ENTRIES) {
        entries.remove(entries.keySet().iterator().next());
      }
    }
    return value;
  }

  /** Forgets {@code key}: Jira refused what the kept metadata allowed, so it is read again next time. */
  void forget(String key) {
    synchronized (entries) {
      entries.remove(key);
    }
  }
}
