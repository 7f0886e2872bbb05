package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.confluence.v1.api.SearchApi;
import io.github.atlassianmcp.client.confluence.v1.model.SearchPageResponseSearchResult;
import io.github.atlassianmcp.client.confluence.v2.api.PageApi;
import io.github.atlassianmcp.client.confluence.v2.api.SpaceApi;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultSpace;
import io.github.atlassianmcp.client.confluence.v2.model.Page;
import io.github.atlassianmcp.client.confluence.v2.model.PrimaryBodyRepresentationSingle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CQL search (v1, the only place it exists), pages and spaces (v2). */
@ExtendWith(ContractSite.class)
class ConfluenceContractTest {


  @Test
  void cqlSearch(ContractHarness site) throws Exception {
    site.stub("GET", "/wiki/rest/api/search", 200, "confluence/search.json");

    SearchPageResponseSearchResult result = new SearchApi(site.clients().confluenceV1()).searchByCQL(
        "siteSearch ~ \"runbook\" AND type = page").limit(10).excerpt("highlight").expand(List.of("content.space"))
        .execute();

    assertEquals(1, result.getTotalSize());
    assertEquals("98305", result.getResults().get(0).getContent().getId());
    assertEquals("Engineering", result.getResults().get(0).getResultGlobalContainer().getTitle());
    site.server().verify(getRequestedFor(urlPathEqualTo("/wiki/rest/api/search"))
        .withQueryParam("cql", equalTo("siteSearch ~ \"runbook\" AND type = page"))
        .withQueryParam("limit", equalTo("10")));
  }

  @Test
  void getPageInStorageFormat(ContractHarness site) throws Exception {
    site.stub("GET", "/wiki/api/v2/pages/98305", 200, "confluence/page.json");

    Page page = new PageApi(site.clients().confluenceV2()).getPageById("98305")
        .bodyFormat(PrimaryBodyRepresentationSingle.STORAGE).execute();

    assertEquals("Payments runbook", page.getTitle());
    assertEquals(3, page.getVersion().getNumber());
    assertTrue(page.getBody().getStorage().getValue().contains("ac:structured-macro"));
    site.server().verify(getRequestedFor(urlPathEqualTo("/wiki/api/v2/pages/98305"))
        .withQueryParam("body-format", equalTo("storage")));
  }

  @Test
  void listSpaces(ContractHarness site) throws Exception {
    site.stub("GET", "/wiki/api/v2/spaces", 200, "confluence/spaces.json");

    MultiEntityResultSpace spaces = new SpaceApi(site.clients().confluenceV2())
        .getSpaces().keys(List.of("ENG")).limit(25).execute();

    assertEquals("ENG", spaces.getResults().get(0).getKey());
    assertTrue(spaces.getLinks().getNext().contains("cursor="));
  }
}
