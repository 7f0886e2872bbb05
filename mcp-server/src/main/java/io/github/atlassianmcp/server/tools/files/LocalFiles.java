package io.github.atlassianmcp.server.tools.files;

import io.github.atlassianmcp.server.tools.ToolInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which files of the server's own machine a tool may send to Atlassian: regular files the server can read, of at
 * most {@link #MAX_BYTES}, never inside the server's own folder (its credentials live there). A path is taken as
 * the server sees it: absolute, or starting with {@code ~/} for the home folder of the user the server runs as.
 */
public final class LocalFiles {

  /** The largest file sent: Cloud's default attachment limits are 100 MB (Confluence) and 1 GB (Jira). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private final Path privateFolder;
  private final Path userHome;
  private final Optional<String> refusal;

  /**
   * @param privateFolder the server's own folder (ATLASSIAN_MCP_HOME), whose files are never sent
   * @param userHome what {@code ~} stands for
   */
  public LocalFiles(Path privateFolder, Path userHome) {
    this.privateFolder = Objects.requireNonNull(privateFolder, "privateFolder").toAbsolutePath().normalize();
    this.userHome = Objects.requireNonNull(userHome, "userHome").toAbsolutePath().normalize();
    this.refusal = Optional.empty();
  }

  private LocalFiles(String refusal) {
    this.privateFolder = Path.of("/").toAbsolutePath();
    this.userHome = privateFolder;
    this.refusal = Optional.of(refusal);
  }

  /**
   * No file is sent, for {@code reason}: a shared server's disk is not its users' (remote mode), so a path names
   * nothing of theirs and could name the server's secrets.
   */
  public static LocalFiles refusing(String reason) {
    return new LocalFiles(Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The file at this path, ready to send under {@code filename} or its own name.
   *
   * @throws ToolInputException saying why it cannot be sent
   */
  public AttachmentUpload upload(String given, Optional<String> filename) {
    if (refusal.isPresent()) {
      throw new ToolInputException(refusal.get());
    }
    Path path = path(given);
    if (!Files.exists(path)) {
      throw new ToolInputException("file_path " + path + " does not exist on the server's machine (the server reads"
          + " its own disk, not the client's). Give the absolute path of a file there, or send the bytes as"
          + " content_base64 with filename.");
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      throw new ToolInputException("file_path " + path + " cannot be read: " + e.getMessage() + ".");
    }
    if (!Files.isRegularFile(real)) {
      throw new ToolInputException("file_path " + path + " is not a regular file (a folder, device or pipe);"
          + " give the path of a file.");
    }
    if (real.startsWith(realPrivateFolder())) {
      throw new ToolInputException("file_path " + path + " is inside the server's own folder, which holds its"
          + " credentials; its files are never uploaded.");
    }
    if (!Files.isReadable(real)) {
      throw new ToolInputException("file_path " + path + " cannot be read by the server (permission denied).");
    }
    long size;
    try {
      size = Files.size(real);
    } catch (IOException e) {
      throw new ToolInputException("file_path " + path + " cannot be read: " + e.getMessage() + ".");
    }
    if (size > MAX_BYTES) {
      throw new ToolInputException("file_path " + path + " is " + megabytes(size) + "; at most "
          + megabytes(MAX_BYTES) + " are uploaded. Upload larger files on the site itself.");
    }
    return AttachmentUpload.ofFile(real, filename.orElse(path.getFileName().toString()), size);
  }

  private Path path(String given) {
    String text = given.strip();
    try {
      Path path = text.equals("~") ? userHome
          : text.startsWith("~/") ? userHome.resolve(text.substring(2))
          : Path.of(text);
      if (!path.isAbsolute()) {
        throw new ToolInputException("file_path must be absolute (e.g. /home/me/report.pdf or ~/report.pdf), got \""
            + text + "\".");
      }
      return path.normalize();
    } catch (InvalidPathException e) {
      throw new ToolInputException("file_path is not a valid path: " + e.getMessage() + ".");
    }
  }

  private Path realPrivateFolder() {
    try {
      return privateFolder.toRealPath();
    } catch (IOException e) {
      return privateFolder;
    }
  }

  public static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
