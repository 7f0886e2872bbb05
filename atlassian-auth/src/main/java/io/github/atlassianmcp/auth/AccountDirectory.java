package io.github.atlassianmcp.auth;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The gateway's account endpoints a fresh sign-in needs: which sites the token reaches
 * ({@code /oauth/token/accessible-resources}) and who it belongs to ({@code /me}).
 */
public final class AccountDirectory {

  private final OkHttpClient http;
  private final String apiUrl;
  private final Gson gson = new Gson();

  /** @param apiUrl the API gateway (accessible-resources, {@code /me}) */
  public AccountDirectory(OkHttpClient http, URI apiUrl) {
    this.http = Objects.requireNonNull(http, "http");
    this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl").toString();
  }

  /** The sites this access token was granted. */
  public List<AtlassianSite> accessibleSites(String accessToken) throws IOException {
    ResourceJson[] resources = get("/oauth/token/accessible-resources", accessToken, ResourceJson[].class);
    List<AtlassianSite> sites = new ArrayList<>();
    for (ResourceJson resource : resources) {
      if (resource != null && resource.id != null && resource.url != null) {
        sites.add(new AtlassianSite(resource.id, resource.url, resource.name));
      }
    }
    return sites;
  }

  /** Who this access token belongs to (needs the read:me scope). */
  public AtlassianUser me(String accessToken) throws IOException {
    MeJson me = get("/me", accessToken, MeJson.class);
    if (me.accountId == null) {
      throw new IOException("GET " + apiUrl + "/me answered without an account_id");
    }
    return new AtlassianUser(me.accountId, me.name, me.email);
  }

  private <T> T get(String path, String accessToken, Class<T> type) throws IOException {
    Request request = new Request.Builder()
        .url(apiUrl + path)
        .header("Authorization", "Bearer " + accessToken)
        .header("Accept", "application/json")
        .build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("GET " + apiUrl + path + " answered HTTP " + response.code());
      }
      try {
        T value = gson.fromJson(body.charStream(), type);
        if (value == null) {
          throw new IOException("GET " + apiUrl + path + " answered with an empty body");
        }
        return value;
      } catch (JsonParseException e) {
        throw new IOException("GET " + apiUrl + path + " answered with JSON of an unexpected shape");
      }
    }
  }

  private static final class ResourceJson {
    String id;
    String url;
    String name;
  }

  private static final class MeJson {
    @SerializedName("account_id")
    String accountId;
    String name;
    String email;
  }
}
