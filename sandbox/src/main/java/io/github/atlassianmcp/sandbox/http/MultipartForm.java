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
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.ResponseBody;

/**
 * The parts of a {@code multipart/form-data} request body (RFC 7578), read with OkHttp's {@link MultipartReader}:
 * each with its field name, file name (for file parts), content type and bytes, in order.
 */
public final class MultipartForm {

  private static final Pattern PARAMETER = Pattern.compile(
      ";\\s*([A-Za-z*]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

  /** One part: a field ({@code filename} null) or a file. */
  public record Part(String name, String filename, String contentType, byte[] bytes) {

    public Part {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public boolean isFile() {
      return filename != null;
    }
  }

  private MultipartForm() {}

  /** The parts of the request's body; empty when it is not multipart/form-data with a boundary. */
  public static Optional<List<Part>> parse(HttpRequest request) {
    String contentType = request.header("content-type").orElse("");
    MediaType type = MediaType.parse(contentType);
    if (type == null || !request.mediaType().equals("multipart/form-data") || type.parameter("boundary") == null) {
      return Optional.empty();
    }
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(ResponseBody.create(request.body(), type))) {
      for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
        try (MultipartReader.Part part = next) {
          String disposition = part.headers().get("Content-Disposition");
          String partType = part.headers().get("Content-Type");
          parts.add(new Part(parameter(disposition, "name"), filename(disposition),
              partType == null ? null : partType.strip(), part.body().readByteArray()));
        }
      }
    } catch (IOException | RuntimeException malformed) {
      return Optional.empty();
    }
    return Optional.of(parts);
  }

  /** The file name, preferring RFC 5987's {@code filename*=UTF-8''...} when present. */
  private static String filename(String disposition) {
    String extended = parameter(disposition, "filename*");
    if (extended != null) {
      int quote = extended.indexOf("''");
      if (quote >= 0) {
        return URLDecoder.decode(extended.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
      }
    }
    return parameter(disposition, "filename");
  }

  private static String parameter(String header, String name) {
    if (header == null) {
      return null;
    }
    Matcher matcher = PARAMETER.matcher(header);
    while (matcher.find()) {
      if (matcher.group(1).toLowerCase(Locale.ROOT).equals(name)) {
        return matcher.group(2) != null ? matcher.group(2).replaceAll("\\\\(.)", "$1") : matcher.group(3);
      }
    }
    return null;
  }
}
