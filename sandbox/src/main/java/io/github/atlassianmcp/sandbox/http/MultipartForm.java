package io.github.atlassianmcp.sandbox.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MultipartReader;
import okio.Buffer;

/** The parts of a {@code multipart/form-data} body (RFC 7578), read with OkHttp's {@link MultipartReader}. */
public final class MultipartForm {

  private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"?)([^\";]+)\\1");
  private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*([a-z*]+)=(\"([^\"]*)\"|[^;]*)");

  private MultipartForm() {}

  /**
   * One part: its form field name, the file name when it carries a file, its declared content type (empty when
   * none) and its bytes.
   */
  public record Part(String name, String filename, String contentType, byte[] content) {
    public Part {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /** The parts of the request's body; empty when the body is not multipart/form-data or is malformed. */
  public static Optional<List<Part>> parse(HttpRequest request) {
    if (!request.mediaType().equals("multipart/form-data")) {
      return Optional.empty();
    }
    Matcher boundary = BOUNDARY.matcher(request.header("content-type").orElse(""));
    if (!boundary.find()) {
      return Optional.empty();
    }
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(request.body()), boundary.group(2))) {
      for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
        try (MultipartReader.Part part = next) {
          String disposition = part.headers().get("Content-Disposition");
          String type = part.headers().get("Content-Type");
          parts.add(new Part(parameter(disposition, "name"), filename(disposition), type == null ? "" : type,
              part.body().readByteArray()));
        }
      }
    } catch (IOException | IllegalStateException e) {
      return Optional.empty();
    }
    return Optional.of(parts);
  }

  /** The file name, preferring RFC 5987's {@code filename*=UTF-8''...} to the plain {@code filename}. */
  private static String filename(String disposition) {
    String extended = parameter(disposition, "filename*");
    if (extended != null && extended.toLowerCase(Locale.ROOT).startsWith("utf-8''")) {
      return URLDecoder.decode(extended.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    return parameter(disposition, "filename");
  }

  private static String parameter(String header, String name) {
    if (header == null) {
      return null;
    }
    Matcher matcher = PARAMETER.matcher(header);
    while (matcher.find()) {
      if (matcher.group(1).equalsIgnoreCase(name)) {
        return matcher.group(3) != null ? matcher.group(3) : matcher.group(2).trim();
      }
    }
    return null;
  }
}
